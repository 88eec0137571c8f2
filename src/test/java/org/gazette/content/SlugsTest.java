package org.gazette.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Slugs from ASCII text (the fast path) and from text that needs folding. */
class SlugsTest {
    @Test
    void slugifiesAsciiAndFoldedText() {
        assertEquals("vladimir-putin", Slugs.slugify("Vladimir Putin"));
        assertEquals("premier-league-2024", Slugs.slugify("  Premier League -- 2024!  "));
        assertEquals("", Slugs.slugify("!?"));
        assertEquals("aero-faerge", Slugs.slugify("Ærø Færge"));
        assertEquals("cafe-creme-strasse", Slugs.slugify("Café Crème Straße"));
        assertEquals("lodz", Slugs.slugify("Łódź"));
        assertEquals("x2", Slugs.slugify("x²"), "compatibility forms decompose too");
    }
}
