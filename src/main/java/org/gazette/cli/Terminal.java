package org.gazette.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.gazette.build.Progress;

/**
 * What the command line may do on the editor's terminal: colour (only on a terminal, never with
 * {@code NO_COLOR} or {@code TERM=dumb}) and a single updating progress line for long builds.
 */
final class Terminal {
    private static final long PROGRESS_AFTER_MS = 1000;
    private static final long PROGRESS_EVERY_MS = 100;
    private final boolean tty;

    Terminal(boolean tty) {
        this.tty = tty;
    }

    /** The terminal the process runs on, as seen from its environment. */
    static Terminal detect() {
        String noColor = System.getenv("NO_COLOR");
        return new Terminal(System.console() != null && (noColor == null || noColor.isEmpty())
                && !"dumb".equals(System.getenv("TERM")));
    }

    String bold(String s) {
        return tty ? "\033[1m" + s + "\033[0m" : s;
    }

    String green(String s) {
        return tty ? "\033[1;32m" + s + "\033[0m" : s;
    }

    String yellow(String s) {
        return tty ? "\033[33m" + s + "\033[0m" : s;
    }

    String red(String s) {
        return tty ? "\033[1;31m" + s + "\033[0m" : s;
    }

    /** A progress line on {@code out} that appears only once a stage takes over a second; none off a terminal. */
    ProgressLine progress(PrintWriter out) {
        return new ProgressLine(out);
    }

    final class ProgressLine implements Progress {
        private final PrintWriter out;
        private final long start = System.nanoTime();
        private long shown;
        private boolean drawn;

        private ProgressLine(PrintWriter out) {
            this.out = out;
        }

        @Override
        public synchronized void update(String stage, int done, int total) {
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (!tty || ms < PROGRESS_AFTER_MS || (ms - shown < PROGRESS_EVERY_MS && done < total)) {
                return;
            }
            shown = ms;
            drawn = true;
            out.printf(Locale.ROOT, "\r\033[K  %s %,d/%,d (%d%%)", stage, done, total, total == 0 ? 100 : done * 100L / total);
            out.flush();
        }

        /** Removes the line, so the summary starts clean. */
        synchronized void clear() {
            if (drawn) {
                out.print("\r\033[K");
                out.flush();
                drawn = false;
            }
        }
    }
}
