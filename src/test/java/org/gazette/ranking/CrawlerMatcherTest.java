package org.gazette.ranking;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CrawlerMatcherTest {
    private static final CrawlerMatcher SHIPPED = CrawlerMatcher.shipped();

    @Test
    void shipsAtLeast150PatternsIncludingTheCommonBots() {
        assertTrue(SHIPPED.patternCount() >= 150, "patterns: " + SHIPPED.patternCount());
        for (String ua : List.of("Googlebot/2.1", "bingbot/2.0", "AhrefsBot/7.0", "SemrushBot/7", "facebookexternalhit/1.1",
                "Twitterbot/1.0", "Slackbot-LinkExpanding 1.0", "curl/8.4.0", "Wget/1.21", "python-requests/2.31",
                "Go-http-client/2.0", "Mozilla/5.0 HeadlessChrome/120", "GPTBot/1.2", "ClaudeBot/1.0", "CCBot/2.0",
                "Bytespider; spider-feedback@bytedance.com")) {
            assertTrue(SHIPPED.matches(ua), ua);
        }
    }

    @Test
    void matchesNoCommonBrowser() {
        for (String ua : List.of(Logs.FIREFOX, Logs.SAFARI,
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
                "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Mobile Safari/537.36",
                "Mozilla/5.0 (Linux; Android 10; CUBOT X30) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36",
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15 Edg/125.0")) {
            assertFalse(SHIPPED.matches(ua), ua);
        }
    }

    @Test
    void findsOverlappingPatternsAnywhereIgnoringCase() {
        CrawlerMatcher m = new CrawlerMatcher(List.of("abcd", "bce", "cx"));
        assertTrue(m.matches("zzABCE"));   // fails abcd at 'e', must still find bce
        assertTrue(m.matches("abcX"));     // fails abcd at 'x', must still find cx
        assertFalse(m.matches("abcab bc")); 
    }
}
