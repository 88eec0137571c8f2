package org.gazette.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What the preview adds to the HTML it serves (and a build never writes): the live-reload script,
 * and while the last rebuild failed, an overlay listing each problem with its place and source
 * lines. Everything from files is HTML-escaped.
 */
final class Overlay {
    static final String SCRIPT = "<script src=\"/__gazette/reload.js\"></script>";
    private static final String BOX = "position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:2rem;"
            + "background:rgba(24,24,27,.96);color:#fafafa;font:15px/1.5 ui-monospace,SFMono-Regular,Menlo,monospace;";

    private Overlay() {
    }

    /** {@code html} with the script (and the overlay, when there are problems) before {@code </body>}. */
    static byte[] inject(byte[] html, List<BuildProblem> problems) {
        String page = new String(html, StandardCharsets.UTF_8);
        String extra = (problems.isEmpty() ? "" : html(problems)) + SCRIPT;
        int end = page.toLowerCase(java.util.Locale.ROOT).lastIndexOf("</body>");
        String out = end < 0 ? page + extra : page.substring(0, end) + extra + page.substring(end);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    /** The overlay itself. */
    static String html(List<BuildProblem> problems) {
        StringBuilder s = new StringBuilder();
        s.append("<div id=\"gazette-overlay\" role=\"alertdialog\" aria-labelledby=\"gazette-overlay-title\" style=\"")
                .append(BOX).append("\">");
        s.append("<h2 id=\"gazette-overlay-title\" style=\"margin:0 0 1rem;font-size:1.25rem;color:#fca5a5\">")
                .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems")
                .append(" — showing the last good build; fix the file and this page reloads</h2>");
        for (BuildProblem p : problems) {
            s.append("<section class=\"gazette-problem\" style=\"margin:0 0 1.5rem\">");
            s.append("<p style=\"margin:0\"><strong class=\"gazette-where\" style=\"color:#93c5fd\">").append(escape(p.where()))
                    .append("</strong>").append(p.where().isEmpty() ? "" : ": ")
                    .append("<span class=\"gazette-message\">").append(escape(p.message())).append("</span></p>");
            if (p.hint() != null) {
                s.append("<p style=\"margin:0;color:#d4d4d8\">hint: ").append(escape(p.hint())).append("</p>");
            }
            if (!p.lines().isEmpty()) {
                s.append("<pre class=\"gazette-source\" style=\"margin:.5rem 0 0;padding:.75rem;background:#000;overflow:auto\">");
                for (BuildProblem.SourceLine l : p.lines()) {
                    String text = String.format(java.util.Locale.ROOT, "%s%4d | %s", l.marked() ? ">" : " ", l.number(), l.text());
                    s.append(l.marked() ? "<mark style=\"background:#7f1d1d;color:#fff\">" + escape(text) + "</mark>" : escape(text))
                            .append('\n');
                    if (l.marked() && p.column() > 0) {
                        s.append(" ".repeat(7 + p.column())).append("^\n");
                    }
                }
                s.append("</pre>");
            }
            s.append("</section>");
        }
        s.append("</div>");
        return s.toString();
    }

    /** A page for when no build has succeeded yet: only the overlay. */
    static byte[] alone(List<BuildProblem> problems) {
        String page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Gazette: build failed</title>"
                + "</head><body></body></html>";
        return inject(page.getBytes(StandardCharsets.UTF_8), problems);
    }

    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '&' -> s.append("&amp;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
