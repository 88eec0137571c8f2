package org.gazette.ranking;

import java.time.Duration;

/**
 * Every knob of loading and ranking, with the defaults of {@link #defaults()}. Durations are
 * whole hours; "readers" are unique readers (one per visitor per article per 24-hour day counted
 * back from {@code now}). the README (Trending and Most Read) explains the formulas with these names.
 *
 * @param mostReadWindow           Most Read counts readers over this window ending at now (24 h)
 * @param mostReadWideWindow       ...widened to this (7 days) when too few articles qualify
 * @param mostReadMinArticles      fewer qualifying articles than this (5) widens the window
 * @param mostReadMinReaders       an article needs at least this many readers (3)
 * @param mostReadMaxAge           and must be published at most this long before now (7 days)
 * @param mostReadSize             list length (10)
 * @param trendingWindow           hourly Trending looks at this much history (48 h)
 * @param trendingRecent           ...split into the recent part (6 h) and the earlier rest (42 h)
 * @param trendingRecentPrior      pseudo-count a added to recent readers (5)
 * @param trendingEarlierPrior     pseudo-count b added to the earlier rate (5)
 * @param trendingHalfLife         half-life of the momentum sum for hourly data (4 h)
 * @param trendingMinRecentReaders an article needs this many readers in the recent part (5)
 * @param trendingMinRatio         and an acceleration ratio of at least this (1.5)
 * @param trendingMaxAge           and must be published at most this long before now (3 days)
 * @param trendingSize             list length including editor pins (5)
 * @param trendingDailyBaselineDays daily data: today is compared with the mean of this many previous days (6)
 * @param trendingDailyHalfLife    half-life of the momentum sum for daily data (24 h)
 * @param floodViewsPerHour        a visitor with more article views than this in one hour (60) is a
 *                                 machine: all its views in that hour (and the hours either side) are dropped
 * @param minUserAgentLength       shorter user agents (10 characters) are bots
 * @param maxBadRatio              loading fails when more than this share of lines (0.5) is unreadable
 * @param maxLineBytes             longer lines (16,384 bytes) are skipped unread, as bad lines
 */
public record RankingSettings(
        Duration mostReadWindow,
        Duration mostReadWideWindow,
        int mostReadMinArticles,
        int mostReadMinReaders,
        Duration mostReadMaxAge,
        int mostReadSize,
        Duration trendingWindow,
        Duration trendingRecent,
        double trendingRecentPrior,
        double trendingEarlierPrior,
        Duration trendingHalfLife,
        int trendingMinRecentReaders,
        double trendingMinRatio,
        Duration trendingMaxAge,
        int trendingSize,
        int trendingDailyBaselineDays,
        Duration trendingDailyHalfLife,
        int floodViewsPerHour,
        int minUserAgentLength,
        double maxBadRatio,
        int maxLineBytes) {

    public RankingSettings {
        for (Duration d : new Duration[] {mostReadWindow, mostReadWideWindow, mostReadMaxAge, trendingWindow,
                trendingRecent, trendingHalfLife, trendingMaxAge, trendingDailyHalfLife}) {
            if (d.isNegative() || d.isZero() || d.toSeconds() % 3600 != 0) {
                throw new IllegalArgumentException("ranking durations must be whole positive hours, got " + d);
            }
        }
        if (!trendingRecent.minus(trendingWindow).isNegative()) {
            throw new IllegalArgumentException("trendingRecent must be shorter than trendingWindow");
        }
        if (trendingRecentPrior <= 0 || trendingEarlierPrior <= 0) {
            throw new IllegalArgumentException("trending pseudo-counts must be positive");
        }
        if (maxBadRatio < 0 || maxBadRatio > 1 || maxLineBytes < 256 || trendingDailyBaselineDays < 1
                || floodViewsPerHour < 1 || mostReadSize < 0 || trendingSize < 0) {
            throw new IllegalArgumentException("ranking settings out of range");
        }
    }

    /** The documented defaults. */
    public static RankingSettings defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** How many hours back from now the loader keeps: enough for every window above. */
    public int horizonHours() {
        long h = Math.max(mostReadWideWindow.toHours(), Math.max(mostReadWindow.toHours(), trendingWindow.toHours()));
        return (int) Math.max(h, 24L * (trendingDailyBaselineDays + 1));
    }

    /** Builds settings from the defaults, changing only what is set. */
    public static final class Builder {
        private Duration mostReadWindow = Duration.ofHours(24);
        private Duration mostReadWideWindow = Duration.ofDays(7);
        private int mostReadMinArticles = 5;
        private int mostReadMinReaders = 3;
        private Duration mostReadMaxAge = Duration.ofDays(7);
        private int mostReadSize = 10;
        private Duration trendingWindow = Duration.ofHours(48);
        private Duration trendingRecent = Duration.ofHours(6);
        private double trendingRecentPrior = 5;
        private double trendingEarlierPrior = 5;
        private Duration trendingHalfLife = Duration.ofHours(4);
        private int trendingMinRecentReaders = 5;
        private double trendingMinRatio = 1.5;
        private Duration trendingMaxAge = Duration.ofDays(3);
        private int trendingSize = 5;
        private int trendingDailyBaselineDays = 6;
        private Duration trendingDailyHalfLife = Duration.ofHours(24);
        private int floodViewsPerHour = 60;
        private int minUserAgentLength = 10;
        private double maxBadRatio = 0.5;
        private int maxLineBytes = 16384;

        private Builder() {
        }

        private Builder(RankingSettings s) {
            mostReadWindow = s.mostReadWindow;
            mostReadWideWindow = s.mostReadWideWindow;
            mostReadMinArticles = s.mostReadMinArticles;
            mostReadMinReaders = s.mostReadMinReaders;
            mostReadMaxAge = s.mostReadMaxAge;
            mostReadSize = s.mostReadSize;
            trendingWindow = s.trendingWindow;
            trendingRecent = s.trendingRecent;
            trendingRecentPrior = s.trendingRecentPrior;
            trendingEarlierPrior = s.trendingEarlierPrior;
            trendingHalfLife = s.trendingHalfLife;
            trendingMinRecentReaders = s.trendingMinRecentReaders;
            trendingMinRatio = s.trendingMinRatio;
            trendingMaxAge = s.trendingMaxAge;
            trendingSize = s.trendingSize;
            trendingDailyBaselineDays = s.trendingDailyBaselineDays;
            trendingDailyHalfLife = s.trendingDailyHalfLife;
            floodViewsPerHour = s.floodViewsPerHour;
            minUserAgentLength = s.minUserAgentLength;
            maxBadRatio = s.maxBadRatio;
            maxLineBytes = s.maxLineBytes;
        }

        public Builder mostReadWindow(Duration value) {
            mostReadWindow = value;
            return this;
        }

        public Builder mostReadWideWindow(Duration value) {
            mostReadWideWindow = value;
            return this;
        }

        public Builder mostReadMinArticles(int value) {
            mostReadMinArticles = value;
            return this;
        }

        public Builder mostReadMinReaders(int value) {
            mostReadMinReaders = value;
            return this;
        }

        public Builder mostReadMaxAge(Duration value) {
            mostReadMaxAge = value;
            return this;
        }

        public Builder mostReadSize(int value) {
            mostReadSize = value;
            return this;
        }

        public Builder trendingWindow(Duration value) {
            trendingWindow = value;
            return this;
        }

        public Builder trendingRecent(Duration value) {
            trendingRecent = value;
            return this;
        }

        public Builder trendingRecentPrior(double value) {
            trendingRecentPrior = value;
            return this;
        }

        public Builder trendingEarlierPrior(double value) {
            trendingEarlierPrior = value;
            return this;
        }

        public Builder trendingHalfLife(Duration value) {
            trendingHalfLife = value;
            return this;
        }

        public Builder trendingMinRecentReaders(int value) {
            trendingMinRecentReaders = value;
            return this;
        }

        public Builder trendingMinRatio(double value) {
            trendingMinRatio = value;
            return this;
        }

        public Builder trendingMaxAge(Duration value) {
            trendingMaxAge = value;
            return this;
        }

        public Builder trendingSize(int value) {
            trendingSize = value;
            return this;
        }

        public Builder trendingDailyBaselineDays(int value) {
            trendingDailyBaselineDays = value;
            return this;
        }

        public Builder trendingDailyHalfLife(Duration value) {
            trendingDailyHalfLife = value;
            return this;
        }

        public Builder floodViewsPerHour(int value) {
            floodViewsPerHour = value;
            return this;
        }

        public Builder minUserAgentLength(int value) {
            minUserAgentLength = value;
            return this;
        }

        public Builder maxBadRatio(double value) {
            maxBadRatio = value;
            return this;
        }

        public Builder maxLineBytes(int value) {
            maxLineBytes = value;
            return this;
        }

        public RankingSettings build() {
            return new RankingSettings(mostReadWindow, mostReadWideWindow, mostReadMinArticles, mostReadMinReaders, mostReadMaxAge, mostReadSize, trendingWindow, trendingRecent, trendingRecentPrior, trendingEarlierPrior, trendingHalfLife, trendingMinRecentReaders, trendingMinRatio, trendingMaxAge, trendingSize, trendingDailyBaselineDays, trendingDailyHalfLife, floodViewsPerHour, minUserAgentLength, maxBadRatio, maxLineBytes);
        }
    }
}
