package org.gazette.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gazette.model.Source;
import org.junit.jupiter.api.Test;

/** Where the link limit is found: the line and column of the first link past it. */
class MarkdownLimitsTest {
    @Test
    void reportsTheFirstLinkPastTheLimitWhereItStands() {
        // Two links a line, and a ] ending each line, which opens nothing: link 1,001 is the first on line 501.
        String body = "x [a](/b) [c](/d) [e]\n".repeat(600);
        Problems problems = new Problems();
        assertFalse(MarkdownLimits.check(body, "content/articles/links.md", 6, problems));
        assertEquals(1, problems.size());
        Source at = problems.errors().get(0).source();
        assertEquals(6 + 501, at.line(), problems.errors().toString());
        assertEquals(5, at.column(), "the ] of [a]:\n" + problems.errors());
    }

    @Test
    void countsOnlyBracketsThatOpenALinkAReferenceOrALabel() {
        String atLimit = "[a](/b) [c]: /d [e][f] [g](/h) x]\n".repeat(250);
        assertTrue(MarkdownLimits.check(atLimit, "a.md", 0, new Problems()), "1,000 links are allowed");
        assertFalse(MarkdownLimits.check(atLimit + "[i](/j)\n", "a.md", 0, new Problems()), "1,001 are not");
        assertTrue(MarkdownLimits.check("]\n".repeat(5_000), "a.md", 0, new Problems()), "a ] that ends a line opens nothing");
        // A ] as the body's last character has nothing after it to look at.
        assertTrue(MarkdownLimits.check("x]", "a.md", 0, new Problems()));
        assertTrue(MarkdownLimits.check("[a]", "a.md", 0, new Problems()));
    }
}
