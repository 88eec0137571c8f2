package org.gazette.content;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.gazette.io.IoErrors;
import org.gazette.model.Image;

/**
 * Resolves the image paths editors write ({@code /images/x.png} from {@code content/}, anything
 * else relative to the file that mentions it) to files inside {@code content/}, and remembers
 * which files the site must publish. Thread-safe.
 */
final class ImageFiles {
    /** A URL scheme ({@code https:}, {@code data:}): compiled once, not for every picture. */
    private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*:.*");
    private static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "webp", "avif", "svg");

    private final Path contentDir;
    private final Path realContentDir;
    private final Map<Path, int[]> sizes = new ConcurrentHashMap<>();

    ImageFiles(Path contentDir) throws IOException {
        this.contentDir = contentDir.toAbsolutePath().normalize();
        this.realContentDir = contentDir.toRealPath();
    }

    /** Thrown with an editor-facing message and hint when a reference cannot be published. */
    static final class ImageException extends Exception {
        private static final long serialVersionUID = 1L;
        private final String hint;

        ImageException(String message, String hint) {
            super(message);
            this.hint = hint;
        }

        String hint() {
            return hint;
        }
    }

    /** Resolves {@code ref}, written in {@code from}, into a publishable image. */
    Image resolve(String ref, Path from, String alt, String credit, String caption) throws ImageException {
        String raw = ref.strip();
        String lower = raw.toLowerCase(Locale.ROOT);
        if (SCHEME.matcher(lower).matches() || raw.startsWith("//")) {
            throw new ImageException("image '" + raw + "' is not a file in content/",
                    "download the picture into content/images/ and write src: /images/<name>");
        }
        String decoded = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        int cut = indexOfAny(decoded, '?', '#');
        String path = cut >= 0 ? decoded.substring(0, cut) : decoded;
        Path file = (path.startsWith("/") ? contentDir.resolve(path.substring(1))
                : from.toAbsolutePath().getParent().resolve(path)).normalize();
        if (!file.startsWith(contentDir)) {
            throw new ImageException("image '" + raw + "' is outside the content folder",
                    "keep pictures under content/, e.g. content/images/");
        }
        String name = file.getFileName().toString();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (!EXTENSIONS.contains(ext)) {
            throw new ImageException("image '" + raw + "' has an unsupported type '." + ext + "'",
                    "use a .png, .jpg, .gif, .webp, .avif or .svg file");
        }
        // A size is known only for a file that passed the checks below, so they run once a picture:
        // most articles show the same few. Kept for one load (a preview session makes a new one).
        int[] known = sizes.get(file);
        if (known != null) {
            return image(file, alt, credit, caption, known);
        }
        if (!Files.isRegularFile(file)) {
            throw new ImageException("image '" + raw + "' not found (looked for "
                    + contentDir.getParent().relativize(file).toString().replace('\\', '/') + ")",
                    "check the file name and folder; paths starting with / are read from content/");
        }
        int[] size;
        try {
            if (!file.toRealPath().startsWith(realContentDir)) {
                throw new ImageException("image '" + raw + "' is a link that leads outside the content folder",
                        "copy the picture into content/ instead of linking to it");
            }
            size = sizes.computeIfAbsent(file, ImageFiles::readSize);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ImageException("image '" + raw + "' cannot be read: "
                    + IoErrors.reason(e), null);
        }
        if (size == null) {
            throw new ImageException("image '" + raw + "' is not a readable picture", "re-export it as PNG or JPEG");
        }
        return image(file, alt, credit, caption, size);
    }

    private Image image(Path file, String alt, String credit, String caption, int[] size) {
        String output = contentDir.relativize(file).toString().replace('\\', '/');
        return new Image(file, output, alt, credit, caption, size[0], size[1]);
    }

    private static int[] readSize(Path file) {
        try {
            return ImageSize.read(file);
        } catch (IOException e) {
            return null;
        }
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : (j < 0 ? i : Math.min(i, j));
    }
}
