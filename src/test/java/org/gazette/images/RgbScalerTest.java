package org.gazette.images;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import net.coobird.thumbnailator.Thumbnails;
import org.junit.jupiter.api.Test;

/** The fast reduction of opaque pictures: right size and type, exact where it can be, close to Thumbnailator. */
class RgbScalerTest {
    static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    /** Mean squared error per channel between two pictures of the same size. */
    static double error(BufferedImage a, BufferedImage b) {
        int[] p = pixels(a);
        int[] q = pixels(b);
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            for (int shift = 0; shift < 24; shift += 8) {
                int d = (p[i] >> shift & 255) - (q[i] >> shift & 255);
                sum += d * d;
            }
        }
        return sum / (3.0 * p.length);
    }

    @Test
    void halvingAveragesEachBlockOfFour() {
        int[] pixels = {0x000000, 0x0a1420, 0xffffff, 0xffffff, 0x020406, 0x000000, 0xff00ff, 0xffffff};
        // (0 + 10 + 2 + 0) / 4 = 3, (0 + 20 + 4 + 0) / 4 = 6, (0 + 32 + 6 + 0) / 4 = 9.5 → 10; (3 · 255 + 0) / 4 = 191.25 → 191
        assertArrayEquals(new int[] {0x03060a, 0xffbfff}, RgbScaler.halve(pixels, 4, 2));
    }

    @Test
    void largeReductionsAreRightSizedPackedRgb() {
        BufferedImage image = PngEncoderTest.noisy(BufferedImage.TYPE_INT_RGB, 1600, 900);
        BufferedImage small = RgbScaler.scale(image, 0, 0, 1600, 900, 100, 56);
        assertEquals(BufferedImage.TYPE_INT_RGB, small.getType());
        assertEquals(100, small.getWidth());
        assertEquals(56, small.getHeight());
    }

    @Test
    void aCropAtItsOwnSizeIsCopiedExactly() {
        BufferedImage image = PngEncoderTest.noisy(BufferedImage.TYPE_INT_RGB, 120, 80);
        BufferedImage crop = RgbScaler.scale(image, 30, 10, 50, 60, 50, 60);
        assertArrayEquals(pixels(image.getSubimage(30, 10, 50, 60)), pixels(crop));
    }

    @Test
    void aReductionOfOneAxisLeavesTheOtherAxisExact() throws Exception {
        // Each column one colour: scaling the height alone (a single bilinear step, no halvings) keeps it.
        BufferedImage columns = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 48; y++) {
                columns.setRGB(x, y, (x * 4) << 16 | (255 - x * 4) << 8 | x);
            }
        }
        BufferedImage scaled = RgbScaler.scale(columns, 0, 0, 64, 48, 64, 30);
        assertEquals(64, scaled.getWidth());
        assertEquals(30, scaled.getHeight());
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 30; y++) {
                assertEquals(columns.getRGB(x, 0), scaled.getRGB(x, y), x + "," + y);
            }
        }
        BufferedImage noisy = PngEncoderTest.noisy(BufferedImage.TYPE_INT_RGB, 400, 300);
        BufferedImage fast = RgbScaler.scale(noisy, 10, 0, 300, 300, 300, 200);
        BufferedImage reference = Thumbnails.of(noisy).sourceRegion(10, 0, 300, 300).forceSize(300, 200).asBufferedImage();
        assertTrue(error(fast, reference) < 1.0, "300x200: " + error(fast, reference));
    }

    @Test
    void reductionsMatchThumbnailatorClosely() throws Exception {
        BufferedImage image = PngEncoderTest.noisy(BufferedImage.TYPE_INT_RGB, 1600, 900);
        int[][] cases = {{0, 0, 1600, 900, 1200, 675}, {0, 0, 1600, 900, 800, 450}, {0, 0, 1600, 900, 480, 270},
                {0, 30, 1600, 840, 1200, 630}};
        for (int[] c : cases) {
            BufferedImage fast = RgbScaler.scale(image, c[0], c[1], c[2], c[3], c[4], c[5]);
            assertEquals(c[4], fast.getWidth());
            assertEquals(c[5], fast.getHeight());
            BufferedImage reference = Thumbnails.of(image).sourceRegion(c[0], c[1], c[2], c[3]).forceSize(c[4], c[5]).asBufferedImage();
            // Same method (bilinear, then halvings); only rounding differs: under one level in 256 on average.
            assertTrue(error(fast, reference) < 1.0, c[4] + "x" + c[5] + ": " + error(fast, reference));
        }
    }

    @Test
    void bilinearIsExactlyTheRoundedBlendOfTheFourPixelsAroundEachCentre() {
        // The bytes of a rendition are part of its cached file and URL (ImagePlan.VERSION): a change in
        // rounding must be a deliberate version bump, not a side effect of making scaling faster.
        BufferedImage image = PngEncoderTest.noisy(BufferedImage.TYPE_INT_RGB, 203, 131);
        int[] in = pixels(image);
        int[][] sizes = {{150, 100}, {101, 131}, {203, 70}, {120, 77}};
        for (int[] size : sizes) {
            int ow = size[0];
            int oh = size[1];
            int[] fast = RgbScaler.bilinear(in, 0, 203, 203, 131, ow, oh);
            for (int y = 0; y < oh; y++) {
                int[] row = sample(y, 131, oh);
                for (int x = 0; x < ow; x++) {
                    int[] col = sample(x, 203, ow);
                    int upper = mix(in[row[0] * 203 + col[0]], in[row[0] * 203 + col[1]], col[2]);
                    int lower = mix(in[row[1] * 203 + col[0]], in[row[1] * 203 + col[1]], col[2]);
                    assertEquals(mix(upper, lower, row[2]) & 0xffffff, fast[y * ow + x] & 0xffffff,
                            ow + "x" + oh + " at " + x + "," + y);
                }
            }
        }
    }

    /** The two input pixels around output pixel i's centre, (i + ½)·size/n − ½, and the far one's weight in 1/256. */
    private static int[] sample(int i, int size, int n) {
        long at = Math.floorDiv((2L * i + 1) * size * 256 - 256L * n, 2L * n);
        at = Math.max(0, Math.min(at, (size - 1) * 256L));
        int lo = (int) (at / 256);
        return new int[] {lo, Math.min(lo + 1, size - 1), (int) (at % 256)};
    }

    /** Channel by channel: (a·(256 − f) + b·f) / 256, rounded half up. */
    private static int mix(int a, int b, int f) {
        int out = 0;
        for (int shift = 0; shift < 24; shift += 8) {
            int value = ((a >> shift & 255) * (256 - f) + (b >> shift & 255) * f + 128) / 256;
            out |= value << shift;
        }
        return out;
    }

    @Test
    void onlyPlainPackedRgbTakesTheFastPath() {
        assertTrue(RgbScaler.handles(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB)));
        assertEquals(false, RgbScaler.handles(new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB)));
        assertEquals(false, RgbScaler.handles(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).getSubimage(2, 2, 5, 5)));
        BufferedImage scaled = RgbScaler.scale(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB), 0, 0, 10, 10, 5, 5);
        assertTrue(scaled.getRaster().getDataBuffer() instanceof DataBufferInt);
    }
}
