package org.takatuf.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

/** Small images drawn for tests. */
public final class TestImages {

    public static final Color FRAME_COLOUR = new Color(15, 118, 110);

    private TestImages() {
    }

    /** A red picture, or ({@code transparent}) a frame overlay: a band at the top on a transparent ground. */
    public static byte[] png(int width, int height, boolean transparent) {
        BufferedImage image = new BufferedImage(width, height, transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(transparent ? FRAME_COLOUR : Color.RED);
        g.fillRect(0, 0, width, transparent ? height / 8 : height);
        g.dispose();
        return write(image, "png");
    }

    public static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
