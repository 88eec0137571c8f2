package org.gazette.build;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.gazette.content.ContentFingerprint;
import org.gazette.io.Checksums;
import org.gazette.output.PageOutput;
import org.gazette.render.PageFingerprint;
import org.gazette.render.PageReads;
import org.gazette.render.PageSpec;
import org.gazette.render.SiteRenderer;
import org.gazette.render.TemplateFiles;
import org.gazette.render.feed.FeedFormat;
import org.gazette.render.feed.SiteFeeds;

/**
 * Renders the pages of a build or of {@code gazette rank}, or keeps those the published site already
 * holds: a page whose own inputs and whose site-wide inputs are those it was published from
 * ({@link PageRecords}), which read neither the clock nor the rankings or read them as they still are,
 * and whose published bytes are still the ones recorded, is kept unrendered (linked into the new site,
 * or left in place). Everything else is rendered, so the site is byte for byte what rendering every
 * page would give.
 */
final class PageReuse {
    private final SiteRenderer renderer;
    /** Gazette's code ({@link ContentFingerprint#codeFingerprint()}); null when nothing is fingerprinted. */
    private final String code;
    private final PageFingerprint siteWide;
    private final PageFingerprint clock;
    private final PageFingerprint rankings;
    private final PageRecords.Published published;
    /** Which of the clock and the rankings changed since the published pages were rendered ({@link PageReads}). */
    private final int changed;
    private final PageRecords.Recorder recorder;
    private final AtomicInteger rendered = new AtomicInteger();
    private final AtomicInteger kept = new AtomicInteger();
    /** The records' row of the next feed file: after the pages'. */
    private final AtomicInteger nextFeedRow;
    private final AtomicInteger feedsWritten = new AtomicInteger();
    private final AtomicInteger feedsKept = new AtomicInteger();
    /** Why no page can be kept, for the build's warnings; null if none. */
    private final String warning;

    private PageReuse(SiteRenderer renderer, String code, PageFingerprint siteWide, PageRecords.Published published,
                      int pages, String warning) {
        this.renderer = renderer;
        this.code = code;
        this.siteWide = siteWide;
        this.clock = renderer.clockFingerprint();
        this.rankings = renderer.rankingsFingerprint();
        this.published = published.ifRenderedWith(siteWide);
        this.changed = this.published.changed(clock, rankings);
        int feedFiles = renderer.feeds().size() * FeedFormat.values().length;
        this.recorder = siteWide == null ? null : new PageRecords.Recorder(pages + feedFiles);
        this.nextFeedRow = new AtomicInteger(pages);
        this.warning = warning;
    }

    /**
     * For the {@code pages} of {@code renderer}, over the site published in {@code out}, which can keep
     * its pages ({@code keepable}) or not. A build into an empty folder makes no fingerprints, which would
     * be a twentieth of its CPU time for nothing: the next build then renders every page, and records
     * them. Neither does a build whose templates may read the wall clock, nor one whose templates cannot
     * be read (rendering says why).
     */
    static PageReuse of(SiteRenderer renderer, boolean keepable, Path out, int pages) {
        if (!keepable) {
            return renderEveryPage(renderer, pages, null);
        }
        TemplateFiles templates;
        try {
            templates = renderer.templateFiles();
        } catch (UncheckedIOException e) {
            return renderEveryPage(renderer, pages, null);
        }
        if (!templates.wallClock().isEmpty()) {
            return renderEveryPage(renderer, pages, String.join(", ", templates.wallClock())
                    + " may read Freemarker's .now (the wall clock), or run ?eval or ?interpret: every build renders"
                    + " every page (show site.generatedAt, the build clock, instead)");
        }
        String code = ContentFingerprint.codeFingerprint();
        PageFingerprint siteWide = renderer.siteWideFingerprint(code, templates);
        return new PageReuse(renderer, code, siteWide, PageRecords.Published.read(out), pages, null);
    }

    /** Reuse that fingerprints nothing, keeps nothing and records nothing; {@code warning} says why, if the newsroom can change it. */
    private static PageReuse renderEveryPage(SiteRenderer renderer, int pages, String warning) {
        return new PageReuse(renderer, null, null, PageRecords.Published.NONE, pages, warning);
    }

    /** Page {@code i} of the plan: kept as published if it can be, else rendered into {@code site}. */
    void keepOrRender(int i, PageSpec page, PageOutput site, String origin) {
        PageFingerprint inputs = recorder == null ? null : PageFingerprint.of(page);
        if (keep(i, page.file(), inputs, site, origin)) {
            kept.incrementAndGet();
            return;
        }
        renderer.render(page, (bytes, length) -> {
            site.write(page.file(), bytes, length, origin);
            if (inputs != null) {
                recorder.put(i, page.file(), inputs, length, PageReads.last(), Checksums.crcs(bytes, length));
            }
        });
        rendered.incrementAndGet();
    }

    /**
     * Where the feeds, sitemaps and robots.txt go in {@code site}: a feed whose inputs are those its
     * published files were made from ({@link SiteFeeds.Sink}) is kept as published, as a page is, and
     * recorded with the pages; the others are written.
     */
    SiteFeeds.Sink feeds(PageOutput site) {
        return new SiteFeeds.Sink() {
            @Override
            public boolean fingerprints() {
                return recorder != null;
            }

            @Override
            public void write(String path, byte[] bytes) {
                site.write(path, bytes, bytes.length, origin(path));
            }

            @Override
            public void feed(String path, PageFingerprint inputs, Supplier<byte[]> make) {
                int row = nextFeedRow.getAndIncrement();
                if (keep(row, path, inputs, site, origin(path))) {
                    feedsKept.incrementAndGet();
                    return;
                }
                byte[] bytes = make.get();
                write(path, bytes);
                if (inputs != null) {
                    recorder.put(row, path, inputs, bytes.length, 0, Checksums.crcs(bytes, bytes.length));
                }
                feedsWritten.incrementAndGet();
            }

            private static String origin(String path) {
                return "feeds and sitemaps /" + path;
            }
        };
    }

    /**
     * Keeps the published file at {@code file}, recorded as row {@code i}, if it was made from
     * {@code inputs}, read nothing that changed since, and still holds the recorded bytes.
     */
    private boolean keep(int i, String file, PageFingerprint inputs, PageOutput site, String origin) {
        long[] before = inputs == null ? null : published.find(file, inputs);
        if (before != null && (PageRecords.reads(before[0]) & changed) == 0
                && site.keep(file, PageRecords.length(before[0]), before[1], published.written(), origin)) {
            recorder.put(i, file, inputs, PageRecords.length(before[0]), PageRecords.reads(before[0]), before[1]);
            return true;
        }
        return false;
    }

    int rendered() {
        return rendered.get();
    }

    int kept() {
        return kept.get();
    }

    /** How many feed files were written, and how many kept as published. */
    int feedsWritten() {
        return feedsWritten.get();
    }

    int feedsKept() {
        return feedsKept.get();
    }

    /**
     * The {@code .gazette-pages} of the site once every page is done; none when no page was fingerprinted
     * (a build into an empty folder, or a template that uses the wall clock), and none when a template
     * changed while the pages were rendered (Freemarker reads each when a page first uses it: the
     * records would name the files as they were before).
     */
    Optional<byte[]> records() {
        if (recorder == null || !siteWide.equals(siteWideNow())) {
            return Optional.empty();
        }
        return Optional.of(recorder.file(siteWide, clock, rankings));
    }

    /** Why no page of this build could be kept and none will be, if the newsroom can change that. */
    Optional<String> warning() {
        return Optional.ofNullable(warning);
    }

    /** The site-wide fingerprint as the files are now; null if they cannot be read. */
    private PageFingerprint siteWideNow() {
        try {
            TemplateFiles templates = renderer.templateFiles();
            return templates.wallClock().isEmpty() ? renderer.siteWideFingerprint(code, templates) : null;
        } catch (UncheckedIOException e) {
            return null;
        }
    }
}
