package org.gazette.ranking;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes small combined logs for tests and loads them at a fixed clock. */
final class Logs {
    static final Instant NOW = Instant.parse("2024-07-01T00:00:00Z");
    static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0";
    static final String SAFARI = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Version/17.5 Mobile/15E148 Safari/604.1";
    static final String A = "world/2024/06/30/a/";
    static final String B = "world/2024/06/29/b/";
    private static final DateTimeFormatter CLF =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final List<String> lines = new ArrayList<>();

    /** A line at {@code minutesAgo} before NOW. */
    Logs add(String ip, long minutesAgo, String method, String target, int status, String ua) {
        lines.add(line(ip, NOW.minusSeconds(minutesAgo * 60), method, target, status, ua));
        return this;
    }

    /** A GET 200 by Firefox. */
    Logs view(String ip, long minutesAgo, String target) {
        return add(ip, minutesAgo, "GET", target, 200, FIREFOX);
    }

    Logs raw(String line) {
        lines.add(line);
        return this;
    }

    static String line(String ip, Instant at, String method, String target, int status, String ua) {
        return ip + " - - [" + CLF.format(at) + "] \"" + method + " " + target + " HTTP/1.1\" " + status
                + " 5123 \"https://www.google.com/\" \"" + ua + "\"";
    }

    Path write(Path file) throws IOException {
        Files.write(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        return file;
    }

    static Map<String, ArticleRef> articles(ArticleRef... refs) {
        Map<String, ArticleRef> m = new LinkedHashMap<>();
        for (ArticleRef r : refs) {
            m.put(r.path(), r);
        }
        return m;
    }

    static Map<String, ArticleRef> ab() {
        return articles(ArticleRef.of(A, Instant.parse("2024-06-30T06:00:00Z")),
                ArticleRef.of(B, Instant.parse("2024-06-29T06:00:00Z")));
    }

    static ReadershipData load(Path dir, String source, Map<String, ArticleRef> articles) {
        return load(dir, source, articles, RankingSettings.defaults());
    }

    static ReadershipData load(Path dir, String source, Map<String, ArticleRef> articles, RankingSettings s) {
        return new ReadershipLoader("/").load(dir, List.of(source), articles, NOW, s);
    }

    static double last24h(ReadershipData d, String path) {
        ReaderSeries r = d.readers(path);
        return r == null ? 0 : r.sum(0, 24) + r.undated();
    }
}
