package org.gazette.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.gazette.content.ContentException;
import org.gazette.images.ImagePlan;
import org.gazette.images.ImageProcessor;
import org.gazette.model.Image;
import org.gazette.model.SiteSettings.ImageSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pictures processed beside the other stages: what the stages see of a failure, and when. */
class PictureJobTest {
    @TempDir
    Path dir;

    private ImagePlan plan(String name, byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve(name), bytes);
        return ImagePlan.of(List.of(new Image(file, "images/" + name, "alt", "", "", 1600, 900)), ImageSettings.DEFAULT);
    }

    private static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void aPictureThatCannotBeDecodedStopsTheStagesBesideItOnceProcessingHasFailed() throws IOException {
        PictureJob job = PictureJob.start(plan("cut.png", Arrays.copyOf(png(1600, 900), 100)), dir.resolve("cache"), Path::toString);
        ContentException failure = assertThrows(ContentException.class, job::result);
        assertTrue(failure.errors().get(0).format().contains("picture cannot be decoded"), failure.errors().toString());
        // Between pages, rendering asks: the same content error, so the build stops at once.
        assertSame(failure, assertThrows(ContentException.class, job::throwIfFailed));
        IllegalStateException render = new IllegalStateException("a template failed");
        assertSame(failure, job.after(render), "the picture's content error is the one reported");
        assertSame(render, failure.getSuppressed()[0], "with the other failure beside it");
    }

    /**
     * The job's thread and the threads that wait for the result (the caller and the common pool's)
     * share the pictures out: each is processed once, whichever thread takes it, every rendition is in
     * the cache, and a second build finds them all there. (Which thread takes which picture depends on
     * timing, so this pins that none is made twice or missed, not who made it.)
     */
    @Test
    void sharedOutPicturesAreEachMadeOnceAndAllCached() throws IOException {
        List<Image> images = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            BufferedImage picture = new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB);
            picture.setRGB(i, i, 0xFFFFFF); // each its own bytes, so each its own cache files
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(picture, "png", out);
            Path file = Files.write(dir.resolve("p" + i + ".png"), out.toByteArray());
            images.add(new Image(file, "images/p" + i + ".png", "alt", "", "", 1600, 900));
        }
        ImagePlan plan = ImagePlan.of(images, ImageSettings.DEFAULT);
        Path cache = dir.resolve("cache");
        ImageProcessor.Result first = PictureJob.start(plan, cache, Path::toString).result();
        assertEquals(12, first.processed(), "each picture processed once, by one thread or the other");
        assertEquals(0, first.cached());
        for (Path file : first.files().values()) {
            assertTrue(Files.isRegularFile(file), file.toString());
        }
        ImageProcessor.Result again = PictureJob.start(plan, cache, Path::toString).result();
        assertEquals(0, again.processed());
        assertEquals(12, again.cached());
        assertEquals(first.files(), again.files());
    }

    @Test
    void goodPicturesLetTheStagesGoOnAndTellHowLongTheyTook() throws IOException {
        PictureJob job = PictureJob.start(plan("fine.png", png(1600, 900)), dir.resolve("cache"), Path::toString);
        assertEquals(1, job.result().processed());
        job.throwIfFailed();
        assertTrue(job.took().toNanos() > 0, job.took().toString());
        IllegalStateException render = new IllegalStateException("a template failed");
        assertSame(render, job.after(render), "nothing of the pictures' to report: the build's own failure");
    }
}
