package org.gazette.ranking;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ranking parameters by the names the README (Trending and Most Read) uses, as a newsroom writes them in
 * {@code site.yaml}: durations as {@code 24h} or {@code 7d}, counts and ratios as numbers.
 */
public final class RankingParameters {
    private static final Pattern DURATION = Pattern.compile("(\\d{1,4})\\s*([hd])");
    private static final Map<String, BiConsumer<RankingSettings.Builder, String>> SETTERS = new TreeMap<>();

    static {
        duration("mostReadWindow", RankingSettings.Builder::mostReadWindow);
        duration("mostReadWideWindow", RankingSettings.Builder::mostReadWideWindow);
        count("mostReadMinArticles", RankingSettings.Builder::mostReadMinArticles);
        count("mostReadMinReaders", RankingSettings.Builder::mostReadMinReaders);
        duration("mostReadMaxAge", RankingSettings.Builder::mostReadMaxAge);
        count("mostReadSize", RankingSettings.Builder::mostReadSize);
        duration("trendingWindow", RankingSettings.Builder::trendingWindow);
        duration("trendingRecent", RankingSettings.Builder::trendingRecent);
        ratio("trendingRecentPrior", RankingSettings.Builder::trendingRecentPrior);
        ratio("trendingEarlierPrior", RankingSettings.Builder::trendingEarlierPrior);
        duration("trendingHalfLife", RankingSettings.Builder::trendingHalfLife);
        count("trendingMinRecentReaders", RankingSettings.Builder::trendingMinRecentReaders);
        ratio("trendingMinRatio", RankingSettings.Builder::trendingMinRatio);
        duration("trendingMaxAge", RankingSettings.Builder::trendingMaxAge);
        count("trendingSize", RankingSettings.Builder::trendingSize);
        count("trendingDailyBaselineDays", RankingSettings.Builder::trendingDailyBaselineDays);
        duration("trendingDailyHalfLife", RankingSettings.Builder::trendingDailyHalfLife);
        count("floodViewsPerHour", RankingSettings.Builder::floodViewsPerHour);
        count("minUserAgentLength", RankingSettings.Builder::minUserAgentLength);
        ratio("maxBadRatio", RankingSettings.Builder::maxBadRatio);
        count("maxLineBytes", RankingSettings.Builder::maxLineBytes);
    }

    private RankingParameters() {
    }

    /** Every parameter name, sorted. */
    public static Set<String> names() {
        return SETTERS.keySet();
    }

    /**
     * The defaults with the given parameters changed.
     *
     * @throws IllegalArgumentException naming the parameter, when a name or value is not valid
     */
    public static RankingSettings apply(Map<String, String> parameters) {
        RankingSettings.Builder builder = RankingSettings.defaults().toBuilder();
        parameters.forEach((name, value) -> {
            BiConsumer<RankingSettings.Builder, String> setter = SETTERS.get(name);
            if (setter == null) {
                throw new IllegalArgumentException("unknown ranking parameter '" + name + "'");
            }
            setter.accept(builder, value.strip());
        });
        return builder.build();
    }

    private interface IntSetter {
        void set(RankingSettings.Builder b, int value);
    }

    private interface DoubleSetter {
        void set(RankingSettings.Builder b, double value);
    }

    private interface DurationSetter {
        void set(RankingSettings.Builder b, Duration value);
    }

    private static void duration(String name, DurationSetter setter) {
        SETTERS.put(name, (b, text) -> {
            Matcher m = DURATION.matcher(text);
            if (!m.matches()) {
                throw new IllegalArgumentException(name + " must be whole hours or days, like 24h or 7d, not '" + text + "'");
            }
            long n = Long.parseLong(m.group(1));
            setter.set(b, m.group(2).equals("d") ? Duration.ofDays(n) : Duration.ofHours(n));
        });
    }

    private static void count(String name, IntSetter setter) {
        SETTERS.put(name, (b, text) -> {
            try {
                setter.set(b, Integer.parseInt(text));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a whole number, not '" + text + "'");
            }
        });
    }

    private static void ratio(String name, DoubleSetter setter) {
        SETTERS.put(name, (b, text) -> {
            try {
                setter.set(b, Double.parseDouble(text));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a number, not '" + text + "'");
            }
        });
    }
}
