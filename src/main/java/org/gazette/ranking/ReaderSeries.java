package org.gazette.ranking;

import java.util.Arrays;

/**
 * Unique readers of one article per hour, counted back from the build clock: {@code hour(0)} is
 * the hour ending at now, {@code hour(1)} the one before. Counts may be fractional where daily
 * CSV rows were spread over their hours. {@link #undated()} holds CSV totals without a date.
 */
public final class ReaderSeries {
    private final double[] hourly;
    private final double undated;

    public ReaderSeries(double[] hourly, double undated) {
        this.hourly = hourly.clone();
        this.undated = undated;
    }

    /** Number of hours held. */
    public int hours() {
        return hourly.length;
    }

    /** Readers in the hour that ended {@code hoursAgo} hours before now. */
    public double hour(int hoursAgo) {
        return hoursAgo < hourly.length ? hourly[hoursAgo] : 0;
    }

    /** Readers in hours {@code from} (inclusive) to {@code to} (exclusive) before now. */
    public double sum(int from, int to) {
        double s = 0;
        for (int k = Math.max(0, from); k < Math.min(to, hourly.length); k++) {
            s += hourly[k];
        }
        return s;
    }

    /** Readers of undated totals; they count as within any Most Read window. */
    public double undated() {
        return undated;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReaderSeries r && r.undated == undated && Arrays.equals(r.hourly, hourly);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(hourly) + Double.hashCode(undated);
    }

    @Override
    public String toString() {
        return "ReaderSeries[last24h=" + sum(0, 24) + ", undated=" + undated + "]";
    }
}
