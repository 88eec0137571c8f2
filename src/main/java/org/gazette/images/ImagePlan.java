package org.gazette.images;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gazette.io.IoErrors;
import org.gazette.model.Image;
import org.gazette.model.SiteSettings.ImageSettings;

/**
 * Decides, without decoding anything, which files every picture of a build is published as: the
 * names carry a hash of the source bytes and the processing parameters, so a changed picture gets
 * new URLs and an unchanged one keeps them. Sizes follow from the source size; nothing is upscaled.
 */
public final class ImagePlan {
    /** Bump when the processing changes the bytes it writes, so caches and URLs move on. */
    static final String VERSION = "gazette-images-2";
    static final Set<String> RESIZED = Set.of("png", "jpg", "jpeg");
    private static final int[][] CROPS = {{1200, 630}, {16, 9}, {4, 3}, {1, 1}};
    private static final int CROP_WIDTH = 1200;

    /** No processing: views show the files as placed (for renderers used outside a build). */
    public static final ImagePlan NONE = new ImagePlan(Map.of(), ImageSettings.DEFAULT);

    private final Map<Path, ProcessedImage> byFile;
    private final ImageSettings settings;

    private ImagePlan(Map<Path, ProcessedImage> byFile, ImageSettings settings) {
        this.byFile = byFile;
        this.settings = settings;
    }

    /** Plans every distinct picture in {@code images}; reads (hashes) each file once. */
    public static ImagePlan of(Collection<Image> images, ImageSettings settings) {
        Map<Path, Image> distinct = new TreeMap<>();
        images.forEach(i -> distinct.putIfAbsent(i.file(), i));
        Map<Path, ProcessedImage> planned = new java.util.concurrent.ConcurrentHashMap<>();
        distinct.values().parallelStream().forEach(i -> planned.put(i.file(), plan(i, settings)));
        return new ImagePlan(Map.copyOf(planned), settings);
    }

    /** The processed form of a picture, or null when it is not part of the plan. */
    public ProcessedImage get(Image image) {
        return image == null ? null : byFile.get(image.file());
    }

    public Collection<ProcessedImage> all() {
        return new TreeMap<>(byFile).values();
    }

    ImageSettings settings() {
        return settings;
    }

    private static ProcessedImage plan(Image image, ImageSettings settings) {
        String ext = extension(image.outputPath());
        boolean resized = RESIZED.contains(ext) && image.width() > 0 && image.height() > 0;
        String key = hash(image.file(), parameters(settings, resized));
        String hash = key.substring(0, 8);
        String stem = image.outputPath().substring(0, image.outputPath().length() - ext.length() - 1);
        int w = image.width();
        int h = image.height();
        if (!resized) {
            String path = stem + "-" + hash + "." + ext;
            return new ProcessedImage(image.file(), key, false, List.of(new Rendition(path, "", w, h, 0, 0, w, h)),
                    null, null, null, null);
        }
        List<Rendition> widths = new ArrayList<>();
        for (int target : settings.widths()) {
            if (target < w) {
                int th = Math.max(1, (int) Math.round((double) h * target / w));
                widths.add(new Rendition(name(stem, hash, target, ext), Integer.toString(target), target, th, 0, 0, w, h));
            }
        }
        if (widths.isEmpty() || settings.widths().stream().anyMatch(t -> t >= w)) {
            widths.add(new Rendition(name(stem, hash, w, ext), Integer.toString(w), w, h, 0, 0, w, h));
        }
        Rendition[] crops = new Rendition[CROPS.length];
        for (int i = 0; i < CROPS.length; i++) {
            crops[i] = crop(stem, hash, ext, w, h, CROPS[i][0], CROPS[i][1]);
        }
        return new ProcessedImage(image.file(), key, true, widths, crops[0], crops[1], crops[2], crops[3]);
    }

    /** The centred crop of aspect {@code aw:ah}, at most {@value #CROP_WIDTH} px wide, never upscaled. */
    private static Rendition crop(String stem, String hash, String ext, int w, int h, int aw, int ah) {
        int rw = w;
        int rh = (int) Math.round((double) w * ah / aw);
        if (rh > h) {
            rh = h;
            rw = Math.min(w, (int) Math.round((double) h * aw / ah));
        }
        int tw = Math.min(CROP_WIDTH, rw);
        int th = Math.max(1, (int) Math.round((double) tw * ah / aw));
        String suffix = aw + "x" + ah;
        return new Rendition(stem + "-" + hash + "-" + suffix + "." + ext, suffix, tw, th, (w - rw) / 2, (h - rh) / 2, rw, rh);
    }

    private static String name(String stem, String hash, int width, String ext) {
        return stem + "-" + hash + "-" + width + "." + ext;
    }

    static String parameters(ImageSettings settings, boolean resized) {
        return resized ? VERSION + ";quality=" + settings.quality() : VERSION + ";as-is";
    }

    static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** SHA-256 (hex) of the file's bytes followed by the parameters. */
    static String hash(Path file, String parameters) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(Files.readAllBytes(file));
            digest.update((byte) 0);
            digest.update(parameters.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + IoErrors.reason(e), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
