package org.takatuf.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** Uploads are judged by their bytes, and images come out with pixels only (quality.md line 16). */
class UploadsUnitTest {

    @Test
    void gpsCameraAndAuthorMetadataDoNotSurviveReencoding() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/exiftool")), "exiftool (libimage-exiftool-perl) not installed");
        Path photo = Files.createTempFile("family-", ".jpg");
        Path cleaned = Files.createTempFile("cleaned-", ".jpg");
        try {
            Files.write(photo, jpeg(640, 480));
            exiftool("-overwrite_original", "-GPSLatitude=24.7136", "-GPSLatitudeRef=N", "-GPSLongitude=46.6753",
                    "-GPSLongitudeRef=E", "-Make=PhoneMaker", "-Model=Phone 12", "-Artist=Reporter Name",
                    "-XMP:Creator=Reporter Name", photo.toString());
            assertThat(exiftool("-GPSLatitude", "-Model", "-Artist", photo.toString()))
                    .as("the test photo really carries metadata").contains("GPS Latitude").contains("Phone 12").contains("Reporter Name");

            Uploads.Reencoded clean = Uploads.reencodeImage(Files.readAllBytes(photo));
            Files.write(cleaned, clean.bytes());

            String remaining = exiftool("-a", "-G1", cleaned.toString());
            assertThat(remaining).doesNotContain("GPS").doesNotContain("Phone 12").doesNotContain("PhoneMaker")
                    .doesNotContain("Reporter Name").doesNotContain("XMP");
            assertThat(clean.kind()).isEqualTo(Uploads.Kind.JPEG);
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(clean.bytes()));
            assertThat(decoded.getWidth()).isEqualTo(640);
            assertThat(decoded.getHeight()).isEqualTo(480);
        } finally {
            Files.deleteIfExists(photo);
            Files.deleteIfExists(cleaned);
        }
    }

    @Test
    void typeIsTakenFromTheBytesNotTheName() throws IOException {
        assertThat(Uploads.detect(jpeg(4, 4))).isEqualTo(Uploads.Kind.JPEG);
        assertThat(Uploads.detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo(Uploads.Kind.PDF);
        assertThat(Uploads.detect("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThatThrownBy(() -> Uploads.check("GIF89a....".getBytes(StandardCharsets.US_ASCII), Uploads.Kind.JPEG, Uploads.Kind.PNG))
                .hasMessage("upload.wrong-type");
        assertThatThrownBy(() -> Uploads.check(new byte[0], Uploads.Kind.JPEG)).hasMessage("upload.empty");
        assertThatThrownBy(() -> Uploads.check(new byte[(int) Uploads.MAX_BYTES + 1], Uploads.Kind.JPEG))
                .hasMessage("upload.too-large");
        assertThatThrownBy(() -> Uploads.reencodeImage("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
                .hasMessage("upload.wrong-type");
    }

    @Test
    void aDecompressionBombIsRefusedBeforeDecoding() {
        // a tiny PNG whose header claims 60,000 x 60,000 pixels
        assertThatThrownBy(() -> Uploads.reencodeImage(pngHeaderOnly(60_000, 60_000))).hasMessage("upload.too-many-pixels");
    }

    @Test
    void largeImagesAreScaledDownAndTransparencyKept() throws IOException {
        BufferedImage big = new BufferedImage(4000, 1000, BufferedImage.TYPE_INT_ARGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(big, "png", out);
        Uploads.Reencoded clean = Uploads.reencodeImage(out.toByteArray());
        assertThat(clean.kind()).isEqualTo(Uploads.Kind.PNG);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(clean.bytes()));
        assertThat(decoded.getWidth()).isEqualTo(Uploads.MAX_SIDE);
        assertThat(decoded.getHeight()).isEqualTo(512);
    }

    private static byte[] jpeg(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            image.setRGB(x, x % height, 0x0F766E);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    private static byte[] pngHeaderOnly(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        byte[] ihdr = java.nio.ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII))
                .putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array();
        out.write(java.nio.ByteBuffer.allocate(4).putInt(13).array());
        out.write(ihdr);
        CRC32 crc = new CRC32();
        crc.update(ihdr);
        out.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        return out.toByteArray();
    }

    private static String exiftool(String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "/usr/bin/exiftool";
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return output;
    }
}
