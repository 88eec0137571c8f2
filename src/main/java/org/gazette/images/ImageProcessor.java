package org.gazette.images;

import java.awt.Graphics2D;
import java.awt.Transparency;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javax.imageio.ImageIO;
import net.coobird.thumbnailator.Thumbnails;
import org.gazette.content.ContentError;
import org.gazette.content.ContentException;
import org.gazette.io.AtomicFiles;
import org.gazette.io.IoErrors;
import org.gazette.model.Source;

/**
 * Makes the files of an {@link ImagePlan} with Thumbnailator into a cache folder kept between builds
 * ({@code .gazette-cache/images/} in the newsroom): a file is named after the source hash, the
 * parameters and the rendition, so an unchanged picture is never processed twice and a changed one
 * never reuses a stale file. Output is deterministic: the same source gives the same bytes.
 *
 * <p>The pictures are shared out to whichever threads call {@link #work}, each picture to one of
 * them: a build's own thread for pictures beside the other stages, then every core once rendering is
 * done. (A parallel stream started from the pictures' thread left that thread searching the common
 * pool for work to help with while the pool rendered pages: about 2% of a 10,000-article build's CPU.)
 */
public final class ImageProcessor {
    /** The cache folder below the newsroom folder. */
    public static final String CACHE = ".gazette-cache/images";

    private final ImagePlan plan;
    private final Path cacheDir;
    private final Function<Path, String> display;
    private final List<ProcessedImage> images;
    private final AtomicInteger next = new AtomicInteger();
    private final CountDownLatch done;
    private final Map<String, Path> files = new ConcurrentHashMap<>();
    private final List<ContentError> errors = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger processed = new AtomicInteger();
    private final AtomicInteger cached = new AtomicInteger();
    private volatile RuntimeException failure;
    private volatile boolean folderMade;

    /**
     * What processing gave: the file to publish for every site path, and how many pictures had to
     * be processed ({@code processed}) or came wholly from the cache ({@code cached}).
     */
    public record Result(Map<String, Path> files, int processed, int cached) {
    }

    /**
     * The pictures of {@code plan}, to be processed into {@code cacheDir} by the threads that call
     * {@link #work}; a picture that cannot be decoded is a content error ({@code display} names the
     * file as the editor knows it).
     */
    public ImageProcessor(ImagePlan plan, Path cacheDir, Function<Path, String> display) {
        this.plan = plan;
        this.cacheDir = cacheDir;
        this.display = display;
        this.images = List.copyOf(plan.all());
        this.done = new CountDownLatch(images.size());
    }

    /** Processes pictures no other thread has taken, until none is left (others may still be at theirs). */
    public void work() {
        for (int i; (i = next.getAndIncrement()) < images.size(); ) {
            try {
                if (failure == null) {
                    if (!folderMade) {
                        Files.createDirectories(cacheDir); // by two threads at once, the second finds it made
                        folderMade = true;
                    }
                    process(images.get(i));
                }
            } catch (IOException e) {
                failure = new java.io.UncheckedIOException("cannot create the image cache " + cacheDir + ": " + IoErrors.reason(e), e);
            } catch (RuntimeException | Error e) {
                failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
                if (e instanceof Error error) {
                    throw error;
                }
            } finally {
                done.countDown();
            }
        }
    }

    /**
     * Waits until every picture is done (it does none itself: see {@link #work}) and returns what
     * processing gave; throws the content errors of pictures that cannot be decoded, before anything
     * is published, or what else stopped processing.
     */
    public Result result() {
        boolean interrupted = false;
        while (true) {
            try {
                done.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            throw failure;
        }
        if (!errors.isEmpty()) {
            throw new ContentException(List.copyOf(errors));
        }
        return new Result(java.util.Collections.unmodifiableMap(new TreeMap<>(files)), processed.get(), cached.get());
    }

    /** One picture: its renditions from the cache, or made and stored there. */
    private void process(ProcessedImage image) {
        if (!image.resized()) {
            files.put(image.widths().get(0).path(), image.file());
            return;
        }
        List<Rendition> missing = new ArrayList<>();
        for (Rendition r : image.renditions()) {
            Path file = cacheDir.resolve(cacheName(image, r));
            files.put(r.path(), file);
            if (!Files.isRegularFile(file)) {
                missing.add(r);
            }
        }
        if (missing.isEmpty()) {
            cached.incrementAndGet();
            return;
        }
        try {
            byte[] original = Files.readAllBytes(image.file());
            BufferedImage source = ImageIO.read(new java.io.ByteArrayInputStream(original));
            if (source == null) {
                throw new IOException("no decoder for this file");
            }
            BufferedImage pixels = direct(source);
            // The 16:9 crop of a 16:9 picture is its 1200 px width: make such files once.
            Map<List<Integer>, byte[]> made = new java.util.HashMap<>();
            for (Rendition r : missing) {
                // The full picture at its own size is the source file itself: re-encoding it
                // would only lose quality (JPEG) or add bytes (PNG).
                boolean whole = r.width() == source.getWidth() && r.height() == source.getHeight()
                        && r.regionWidth() == source.getWidth() && r.regionHeight() == source.getHeight();
                List<Integer> same = List.of(r.x(), r.y(), r.regionWidth(), r.regionHeight(), r.width(), r.height());
                byte[] bytes = made.get(same);
                if (bytes == null) {
                    bytes = whole ? original
                            : encode(source, pixels, r, ImagePlan.extension(r.path()), plan.settings().quality());
                    made.put(same, bytes);
                }
                store(bytes, cacheDir.resolve(cacheName(image, r)));
            }
            processed.incrementAndGet();
        } catch (IOException | RuntimeException e) {
            errors.add(new ContentError(Source.file(display.apply(image.file())),
                    "picture cannot be decoded: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()),
                    "the file may be cut off or damaged: re-export it as PNG or JPEG"));
        }
    }

    private static String cacheName(ProcessedImage image, Rendition r) {
        return image.hash() + "-" + r.suffix() + "." + ImagePlan.extension(r.path());
    }

    /** The picture as direct-colour pixels, converted once for all its renditions. */
    private static BufferedImage direct(BufferedImage source) {
        int type = source.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        if (source.getType() == type) {
            return source;
        }
        BufferedImage out = new BufferedImage(source.getWidth(), source.getHeight(), type);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(source, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /**
     * Scales the rendition's region of {@code pixels} (the decoded {@code source} as direct colour)
     * to its size and encodes it in the source's format.
     */
    static byte[] encode(BufferedImage source, BufferedImage pixels, Rendition r, String ext, double quality) throws IOException {
        // Opaque pictures (nearly all) take the fast path; pictures with alpha go through Java2D,
        // which interpolates premultiplied colours so transparent edges do not darken.
        BufferedImage scaled = RgbScaler.handles(pixels)
                ? RgbScaler.scale(pixels, r.x(), r.y(), r.regionWidth(), r.regionHeight(), r.width(), r.height())
                : Thumbnails.of(pixels)
                        .sourceRegion(r.x(), r.y(), r.regionWidth(), r.regionHeight())
                        .forceSize(r.width(), r.height())
                        .asBufferedImage();
        if (ext.equals("png")) {
            // A palette PNG (most illustrations and charts) stays a palette PNG with its own colours:
            // a true-colour copy of a smaller size would weigh several times the original.
            if (source.getColorModel() instanceof IndexColorModel palette && palette.getTransparency() == Transparency.OPAQUE) {
                BufferedImage indexed = new BufferedImage(r.width(), r.height(), BufferedImage.TYPE_BYTE_INDEXED, palette);
                Graphics2D g = indexed.createGraphics();
                try {
                    g.drawImage(scaled, 0, 0, null);
                } finally {
                    g.dispose();
                }
                scaled = indexed;
            }
            return PngEncoder.encode(scaled);
        }
        BufferedImage rgb = scaled;
        if (scaled.getType() != BufferedImage.TYPE_INT_RGB) {
            rgb = new BufferedImage(r.width(), r.height(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rgb.createGraphics();
            try {
                g.drawImage(scaled, 0, 0, java.awt.Color.WHITE, null);
            } finally {
                g.dispose();
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Thumbnails.of(rgb).scale(1).outputFormat("jpg").outputQuality(quality).toOutputStream(out);
        return out.toByteArray();
    }

    /** Writes through a temporary file and a move, so a killed build never leaves half a file in the cache. */
    private static void store(byte[] bytes, Path file) throws IOException {
        Path temp = Files.createTempFile(file.getParent(), ".tmp-", ".part");
        try {
            Files.write(temp, bytes);
            // Temporary files are private; published pictures must be readable by the web server.
            if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
            AtomicFiles.replace(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
