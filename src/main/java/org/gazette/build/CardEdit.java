package org.gazette.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;
import org.gazette.model.Article;
import org.gazette.model.Newsroom;
import org.gazette.render.PageInputs;
import org.gazette.render.PageSpec;
import org.gazette.render.SiteRenderer;
import org.gazette.render.view.ArticleCard;

/**
 * Whether a newsroom differs from the previous one only inside articles that stayed where they
 * were: same file, URL path, slug, date, section, authors, tags (spelling included: it names the
 * tag pages), draft status, former paths and ranking flags, with the same settings, sections,
 * authors and clock. Then only those articles' own pages and their cards changed — title, summary,
 * picture, updated, corrections, body — and every listing holds the same articles in the same order
 * (they are sorted by date, then path). The rebuild's fast path: no page is planned but the edited
 * articles' own.
 */
final class CardEdit {
    private CardEdit() {
    }

    /**
     * The articles of {@code after} whose content changed in place (possibly none), or null when
     * anything moved, appeared, vanished or changed beyond the articles.
     */
    static List<Article> edited(Newsroom before, Newsroom after) {
        if (!before.now().equals(after.now()) || !before.site().equals(after.site())
                || !before.sections().equals(after.sections()) || !before.authors().equals(after.authors())
                || before.published().size() != after.published().size()) {
            return null;
        }
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < after.published().size(); i++) {
            Article was = before.published().get(i);
            Article is = after.published().get(i);
            if (was == is) {
                continue;
            }
            if (!samePlace(was, is)) {
                return null;
            }
            if (!was.equals(is)) {
                out.add(is);
            }
        }
        return out;
    }

    static boolean samePlace(Article a, Article b) {
        return a.source().file().equals(b.source().file()) && a.path().equals(b.path()) && a.slug().equals(b.slug())
                && a.published().equals(b.published()) && a.sectionId().equals(b.sectionId())
                && a.authorIds().equals(b.authorIds()) && a.tags().equals(b.tags()) && a.draft() == b.draft()
                && a.aliases().equals(b.aliases()) && Objects.equals(a.pinnedUntil(), b.pinnedUntil())
                && a.rankingExcluded() == b.rankingExcluded();
    }

    /**
     * The pages after the {@code edited} articles changed in place: their own pages planned again by
     * {@code renderer} (made for the edited newsroom), their new card swapped in on the pages
     * {@code previous}'s {@link CardIndex} lists, and only the pages whose inputs changed rendered —
     * or every page when an edited card is in Trending or Most Read, which any page may show.
     */
    static MemoryBuild.Rendered render(List<Article> edited, Newsroom shown, MemoryBuild.Rendered previous,
                                       SiteRenderer renderer, ReadershipRanking.Result rank,
                                       Consumer<String> timing, LongSupplier lap) {
        PageSpec[] specs = previous.plan().toArray(new PageSpec[0]);
        CardIndex index = previous.index();
        Set<Integer> touched = new TreeSet<>();
        Set<String> ranked = new HashSet<>();
        rank.trending().forEach(a -> ranked.add(a.path()));
        rank.mostRead().forEach(a -> ranked.add(a.path()));
        boolean blocks = false;
        for (Article a : edited) {
            List<PageSpec> own = renderer.planArticle(a);
            ArticleCard card = (ArticleCard) own.get(0).variables().get("article");
            int page = index.place(own.get(0).file());
            blocks |= ranked.contains(a.path()) && !card.equals(specs[page].variables().get("article"));
            for (int i : index.pagesShowing(card.url())) {
                specs[i] = CardIndex.swap(specs[i], card);
                touched.add(i);
            }
            for (PageSpec spec : own) {
                int i = index.place(spec.file());
                specs[i] = spec;
                touched.add(i);
            }
        }
        timing.accept("plan " + edited.size() + " edited, " + touched.size() + " pages " + lap.getAsLong() + " ms");
        List<PageSpec> plan = previous.plan();
        IntStream redo = blocks ? IntStream.range(0, specs.length)
                : touched.stream().mapToInt(Integer::intValue).filter(i -> !PageInputs.same(plan.get(i), specs[i]));
        Map<String, byte[]> fresh = new ConcurrentHashMap<>();
        redo.parallel().forEach(i -> fresh.put(specs[i].file(),
                renderer.render(specs[i])));
        Map<String, byte[]> html = previous.html();
        if (!fresh.isEmpty()) {
            Map<String, byte[]> copy = new HashMap<>(html);
            copy.putAll(fresh);
            html = Map.copyOf(copy);
        }
        timing.accept("render " + fresh.size() + " pages" + (blocks ? " (Trending/Most Read changed)" : "") + " "
                + lap.getAsLong() + " ms");
        return new MemoryBuild.Rendered(shown, renderer, List.of(specs), index, html, fresh.size());
    }
}
