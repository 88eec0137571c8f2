package org.gazette.content;

import static org.gazette.content.Loading.VALID;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.gazette.model.Correction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code corrections:} front matter: dated notes, each with a required date and text. */
class CorrectionsTest {
    private static final String P = "content/articles/2024/01/probe.md";

    @TempDir
    Path dir;

    private List<String> errors(String frontMatter) {
        return Loading.errors(Loading.withArticle(dir, frontMatter, "Body.\n"));
    }

    @Test
    void readsCorrectionsOldestFirstInTheSiteTimeZone() {
        List<Correction> corrections = Loading.probe(Loading.load(Loading.withArticle(dir, VALID + """
                corrections:
                  - date: 2024-01-12 09:30
                    text: "Second."
                  - {date: 2024-01-11T08:00:00Z, text: "First."}
                """, "Body.\n"))).corrections();
        assertEquals(List.of("2024-01-11T08:00:00Z First.", "2024-01-12T08:30:00Z Second."),
                corrections.stream().map(c -> c.date().toInstant() + " " + c.text()).toList());
    }

    @Test
    void rejectsACorrectionWithoutTextOrWithABadDate() {
        assertEquals(List.of(
                P + ":7:5: missing required key 'text'\n    hint: add a line 'text: …'",
                P + ":9:11: correction 'date' is not a date: 'yesterday'\n"
                        + "    hint: write an ISO 8601 date-time such as 2023-10-12T07:50:00+02:00, or 2023-10-12 07:50 for the site time zone"),
                errors(VALID + "corrections:\n  - date: 2024-01-12\n  - text: x\n    date: yesterday\n"));
    }

    @Test
    void rejectsCorrectionsThatAreNotAList() {
        assertEquals(List.of(P + ":6:14: 'corrections' must be a list, found text 'fixed'\n"
                        + "    hint: write one '- date: …' entry with a 'text: …' line per correction"),
                errors(VALID + "corrections: fixed\n"));
    }
}
