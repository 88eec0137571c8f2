package org.gazette.ranking;

/** The finest time resolution the loaded readership has; it decides which Trending formula applies. */
public enum Granularity {
    /** Access logs or CSV rows with an hour: hourly acceleration. */
    HOURLY,
    /** Only CSV rows with a date: today against the mean of the previous days. */
    DAILY,
    /** Only undated totals (or nothing): they feed Most Read, but say nothing about change. */
    NONE
}
