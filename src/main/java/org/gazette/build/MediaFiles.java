package org.gazette.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.gazette.model.Article;
import org.gazette.model.Author;
import org.gazette.model.Image;
import org.gazette.model.Newsroom;

/** The pictures a build publishes: those of published articles, author photos and the logo; nothing of drafts. */
final class MediaFiles {
    private MediaFiles() {
    }

    static List<Image> of(Newsroom newsroom) {
        List<Image> out = new ArrayList<>();
        for (Article a : newsroom.published()) {
            out.addAll(a.media());
        }
        for (Author a : newsroom.authors()) {
            if (a.photo() != null) {
                out.add(a.photo());
            }
        }
        if (newsroom.site().publisher().logo() != null) {
            out.add(newsroom.site().publisher().logo());
        }
        return out;
    }

    /** Names a file as the editor knows it: relative to the newsroom folder. */
    static Function<Path, String> display(Path source) {
        Path root = source.toAbsolutePath().normalize();
        return file -> root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
