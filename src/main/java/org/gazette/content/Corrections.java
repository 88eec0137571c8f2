package org.gazette.content;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.gazette.model.Correction;

/**
 * Reads an article's {@code corrections:} list: each entry a mapping with a {@code date} and a
 * {@code text}, both required. Returned oldest first.
 */
final class Corrections {
    private static final Set<String> KEYS = Set.of("date", "text");

    private Corrections() {
    }

    static List<Correction> read(Fields f, ArticleContext ctx, Problems problems) {
        if (!f.has("corrections")) {
            return List.of();
        }
        if (!(f.node("corrections") instanceof YamlNode.Sequence list)) {
            f.error("corrections", "'corrections' must be a list, found " + YamlNode.kindOf(f.node("corrections")),
                    "write one '- date: …' entry with a 'text: …' line per correction");
            return List.of();
        }
        List<Correction> out = new ArrayList<>();
        for (YamlNode item : list.items()) {
            Fields c = Fields.of(item, KEYS, "correction", problems);
            if (c == null) {
                continue;
            }
            String dateText = c.string("date", true);
            String text = c.string("text", true);
            ZonedDateTime date = dateText == null ? null : Dates.parse(dateText, ctx.site().timeZone());
            if (dateText != null && date == null) {
                c.error("date", "correction 'date' is not a date: '" + dateText + "'", Dates.HINT);
            }
            if (date != null && text != null) {
                out.add(new Correction(date, text));
            }
        }
        out.sort(Comparator.comparing(Correction::date));
        return out;
    }
}
