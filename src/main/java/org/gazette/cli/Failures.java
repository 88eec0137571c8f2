package org.gazette.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.gazette.content.ContentException;
import org.gazette.output.OutputException;
import org.gazette.ranking.ReadershipException;
import org.gazette.render.TemplateEngine;

/** How every command reports the failures an editor can cause or fix, and the exit code each one gets. */
final class Failures {
    private Failures() {
    }

    /**
     * Prints {@code e} on {@code err} and returns its exit code.
     *
     * @param unchanged what the command left alone, in lower case and without a full stop,
     *                  e.g. {@code "nothing was changed"}
     * @throws RuntimeException {@code e} itself if it is not a content, readership, template or output failure
     */
    static int report(RuntimeException e, PrintWriter err, String unchanged) {
        int code;
        if (e instanceof ContentException c) {
            err.println(c.report());
            err.println();
            err.println(c.getMessage() + "; " + unchanged + ".");
            code = Main.CONTENT_ERRORS;
        } else if (e instanceof ReadershipException) {
            err.println("readership data: " + e.getMessage());
            err.println(capitalised(unchanged) + ".");
            code = Main.CONTENT_ERRORS;
        } else if (e instanceof TemplateEngine.RenderException || e instanceof OutputException) {
            err.println(e.getMessage());
            err.println(capitalised(unchanged) + ".");
            code = Main.FAILED;
        } else {
            throw e;
        }
        err.flush();
        return code;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
