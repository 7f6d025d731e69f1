package org.takatuf.core.files;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.takatuf.core.UserInputException;

/**
 * Checks uploads by their bytes, not their names (ASVS 5.2), and re-encodes images so that no
 * metadata (GPS position, camera, author) survives: only the pixels are written back.
 */
public final class Uploads {

    /** Accepted kinds, recognised by magic bytes. */
    public enum Kind {
        JPEG("jpg", "image/jpeg"), PNG("png", "image/png"), WEBP("webp", "image/webp"), PDF("pdf", "application/pdf");

        public final String extension;
        public final String contentType;

        Kind(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }
    }

    public static final long MAX_BYTES = 5L * 1024 * 1024;
    public static final long MAX_PIXELS = 40_000_000L;
    static final int MAX_SIDE = 2048;

    private Uploads() {
    }

    public static Kind detect(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return Kind.JPEG;
        }
        if (bytes.length >= 8 && Arrays.equals(Arrays.copyOf(bytes, 8),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Kind.PNG;
        }
        if (bytes.length >= 12 && bytes[0] == 'R' && bytes[1] == 'I' && bytes[2] == 'F' && bytes[3] == 'F'
                && bytes[8] == 'W' && bytes[9] == 'E' && bytes[10] == 'B' && bytes[11] == 'P') {
            return Kind.WEBP;
        }
        if (bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F' && bytes[4] == '-') {
            return Kind.PDF;
        }
        return null;
    }

    /** Refuses empty, oversized or unrecognised files; returns the detected kind. */
    public static Kind check(byte[] bytes, Kind... allowed) {
        if (bytes == null || bytes.length == 0) {
            throw new UserInputException("upload.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new UserInputException("upload.too-large", MAX_BYTES / (1024 * 1024));
        }
        Kind kind = detect(bytes);
        if (kind == null || !Arrays.asList(allowed).contains(kind)) {
            throw new UserInputException("upload.wrong-type");
        }
        return kind;
    }

    /**
     * Decodes a JPEG or PNG, refuses decompression bombs before decoding, scales it down to at most
     * {@value #MAX_SIDE} pixels a side and writes a fresh JPEG (or PNG when it has transparency)
     * with no metadata.
     */
    public static Reencoded reencodeImage(byte[] bytes) {
        Kind kind = check(bytes, Kind.JPEG, Kind.PNG);
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new UserInputException("upload.wrong-type");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true); // ignore metadata entirely
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new UserInputException("upload.too-many-pixels");
                }
                BufferedImage image = reader.read(0);
                boolean alpha = kind == Kind.PNG && image.getColorModel().hasAlpha();
                BufferedImage clean = redraw(image, alpha);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                String format = alpha ? "png" : "jpg";
                if (!ImageIO.write(clean, format, out)) {
                    throw new UserInputException("upload.wrong-type");
                }
                return new Reencoded(out.toByteArray(), alpha ? Kind.PNG : Kind.JPEG);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserInputException u) {
                throw u;
            }
            throw new UserInputException("upload.unreadable");
        }
    }

    private static BufferedImage redraw(BufferedImage source, boolean alpha) {
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage target = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            if (!alpha) {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    /** A cleaned image. */
    public record Reencoded(byte[] bytes, Kind kind) {
    }
}
