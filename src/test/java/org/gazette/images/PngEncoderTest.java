package org.gazette.images;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The hand-made PNG writer: lossless, deterministic, and palettes stay palettes. */
class PngEncoderTest {
    static BufferedImage noisy(int type, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, type);
        Random random = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int alpha = type == BufferedImage.TYPE_INT_ARGB ? random.nextInt(256) : 255;
                image.setRGB(x, y, alpha << 24 | (x * 255 / width) << 16 | random.nextInt(256) << 8 | (y * 255 / height));
            }
        }
        return image;
    }

    static BufferedImage decode(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        assertEquals(expected.getWidth(), actual.getWidth());
        assertEquals(expected.getHeight(), actual.getHeight());
        int w = expected.getWidth();
        int h = expected.getHeight();
        assertArrayEquals(expected.getRGB(0, 0, w, h, null, 0, w), actual.getRGB(0, 0, w, h, null, 0, w));
    }

    @Test
    void trueColourRoundTripsLosslesslyAndDeterministically() throws IOException {
        BufferedImage image = noisy(BufferedImage.TYPE_INT_RGB, 301, 77);
        byte[] png = PngEncoder.encode(image);
        BufferedImage back = decode(png);
        assertSamePixels(image, back);
        assertEquals(false, back.getColorModel().hasAlpha());
        assertArrayEquals(png, PngEncoder.encode(image), "the same bytes again");
    }

    /**
     * Processed pictures are cached by name ({@link ImagePlan#VERSION}), so their bytes must not change
     * from one build, JVM or release to the next without a new version. These digests pin the encoder
     * and the scaler on seeded pictures: a change that fails here must bump ImagePlan.VERSION, then
     * update the digests.
     */
    @Test
    void theBytesAreThoseTheCacheVersionPromises() throws Exception {
        BufferedImage picture = noisy(BufferedImage.TYPE_INT_RGB, 333, 211);
        assertEquals("42be889ad3f295472c00ef8a5a47e0b73b39cbc7d40896a3193070ca2be3269d", sha256(PngEncoder.encode(picture)), "encoder");
        assertEquals("ca7755252286509beb0dca8d23064ab1911c33c3df351f79c90e5aced1ca0d80", sha256(PngEncoder.encode(RgbScaler.scale(picture, 0, 0, 333, 211, 97, 61))),
                "scaler, then encoder");
        assertEquals("gazette-images-2", ImagePlan.VERSION, "the version these digests belong to");
    }

    private static String sha256(byte[] bytes) throws java.security.NoSuchAlgorithmException {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void alphaIsKept() throws IOException {
        BufferedImage image = noisy(BufferedImage.TYPE_INT_ARGB, 64, 40);
        BufferedImage back = decode(PngEncoder.encode(image));
        assertEquals(true, back.getColorModel().hasAlpha());
        assertSamePixels(image, back);
    }

    @Test
    void otherPixelLayoutsAreReadThroughTheirColourModel() throws IOException {
        BufferedImage image = new BufferedImage(50, 30, BufferedImage.TYPE_3BYTE_BGR);
        image.getGraphics().drawImage(noisy(BufferedImage.TYPE_INT_RGB, 50, 30), 0, 0, null);
        assertSamePixels(image, decode(PngEncoder.encode(image)));
        // A sub-image shares its parent's pixel array at an offset.
        BufferedImage parent = noisy(BufferedImage.TYPE_INT_RGB, 120, 90);
        BufferedImage part = parent.getSubimage(10, 20, 50, 40);
        assertSamePixels(part, decode(PngEncoder.encode(part)));
    }

    @Test
    void aPaletteStaysAPalette() throws IOException {
        byte[] r = {0, (byte) 255, 0, 10};
        byte[] g = {0, 0, (byte) 255, 20};
        byte[] b = {0, 0, 0, 30};
        IndexColorModel palette = new IndexColorModel(8, 4, r, g, b);
        BufferedImage image = new BufferedImage(33, 17, BufferedImage.TYPE_BYTE_INDEXED, palette);
        for (int y = 0; y < 17; y++) {
            for (int x = 0; x < 33; x++) {
                image.getRaster().setSample(x, y, 0, (x + y) % 4);
            }
        }
        byte[] png = PngEncoder.encode(image);
        assertEquals(3, png[25], "IHDR colour type: palette");
        assertEquals("PLTE", new String(png, 37, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(4 * 3, png[36], "the picture's own four colours");
        BufferedImage back = decode(png);
        assertInstanceOf(IndexColorModel.class, back.getColorModel());
        assertSamePixels(image, back);
    }

    @Test
    void aPalettePictureIsResizedIntoAPalettePngOfTheRightSize() throws IOException {
        IndexColorModel palette = new IndexColorModel(8, 2, new byte[] {0, (byte) 255}, new byte[] {0, (byte) 255}, new byte[] {0, 0});
        BufferedImage source = new BufferedImage(200, 100, BufferedImage.TYPE_BYTE_INDEXED, palette);
        BufferedImage pixels = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        pixels.getGraphics().drawImage(source, 0, 0, null);
        byte[] png = ImageProcessor.encode(source, pixels, new Rendition("a.png", "100", 100, 50, 0, 0, 200, 100), "png", 0.8);
        assertEquals(3, png[25], "IHDR colour type: palette");
        BufferedImage back = decode(png);
        assertEquals(100, back.getWidth());
        assertEquals(50, back.getHeight());
    }
}
