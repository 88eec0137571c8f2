package org.gazette.content;

import static org.gazette.content.Loading.VALID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gazette.model.Image;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Markdown body: safe HTML, heading ids, base-path links, and images checked at their line in the file. */
class MarkdownBodyTest {
    private static final String P = "content/articles/2024/01/probe.md";

    @TempDir
    Path dir;

    private String html(String body) {
        return Loading.probe(Loading.load(Loading.withArticle(dir, VALID, body))).bodyHtml();
    }

    private List<String> errors(String body) {
        return Loading.errors(Loading.withArticle(dir, VALID, body));
    }

    @Test
    void escapesRawHtml() {
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n<p>&lt;b&gt;bold&lt;/b&gt; text</p>\n",
                html("<script>alert(1)</script>\n\n<b>bold</b> text\n"));
    }

    @Test
    void dropsJavascriptLinksButKeepsTheirText() {
        assertEquals("<p>x and y and z</p>\n",
                html("[x](javascript:alert(1)) and [y](JavaScript:alert(2)) and [z](data:text/html,hi)\n"));
    }

    @Test
    void doesNotTurnAJavascriptAutolinkIntoALink() {
        assertEquals("<p>javascript:alert(5)</p>\n", html("<javascript:alert(5)>\n"));
    }

    @Test
    void dropsAJavascriptLinkWrittenWithAnEntity() {
        assertFalse(html("[w](&#106;avascript:alert(4))\n").contains("href"));
    }

    @Test
    void dropsAJavascriptLinkWithATabInTheScheme() {
        assertFalse(html("[z](java&#x09;script:alert(3))\n").contains("href"));
    }

    @Test
    void givesHeadingsIds() {
        assertEquals("<p>Intro</p>\n<h2 id=\"a-heading-here\">A Heading Here</h2>\n<h3 id=\"details\">Details</h3>\n",
                html("Intro\n\n## A Heading Here\n\n### Details\n"));
    }

    @Test
    void prefixesRootRelativeLinksWithTheBasePath() {
        assertEquals("<p><a href=\"/news/politics/x/\">abs</a> <a href=\"other/\">rel</a> "
                        + "<a href=\"https://example.com/\">ext</a></p>\n",
                html("[abs](/politics/x/) [rel](other/) [ext](https://example.com/)\n"));
    }

    @Test
    void prefixesReferenceLinksWithTheBasePath() {
        assertEquals("<p><a href=\"/news/world/\">World</a></p>\n", html("[World][w]\n\n[w]: /world/\n"));
    }

    @Test
    void leavesProtocolRelativeLinksAlone() {
        assertEquals("<p><a href=\"//other.example/\">x</a></p>\n", html("[x](//other.example/)\n"));
    }

    @Test
    void publishesBodyImagesWithBasePathAndSize() {
        assertEquals("<p><img src=\"/news/images/logo.png\" alt=\"Logo\" title=\"The logo\" loading=\"lazy\" "
                + "decoding=\"async\" width=\"120\" height=\"40\" /></p>\n", html("![Logo](/images/logo.png \"The logo\")\n"));
    }

    @Test
    void publishesReferenceImages() {
        assertEquals("<p><img src=\"/news/images/logo.png\" alt=\"Logo\" loading=\"lazy\" decoding=\"async\" "
                + "width=\"120\" height=\"40\" /></p>\n", html("![Logo][l]\n\n[l]: /images/logo.png\n"));
    }

    @Test
    void listsTheLeadImageThenBodyImagesAsMedia() {
        Path root = Loading.withArticle(dir, VALID + "image:\n  src: /images/harbour-bridge.png\n  alt: Bridge\n",
                "![Logo](/images/logo.png)\n\n![Chart](/images/city-heat.svg)\n");
        assertEquals(List.of("images/harbour-bridge.png", "images/logo.png", "images/city-heat.svg"),
                Loading.probe(Loading.load(root)).media().stream().map(Image::outputPath).toList());
    }

    @Test
    void reportsImageProblemsAtTheirLineInTheFile() {
        // Front matter is lines 1-6, so body line 5 is line 11 of the file.
        assertEquals(List.of(
                P + ":11:5: image '/images/logo.png' has no alt text\n"
                        + "    hint: describe the picture for readers who cannot see it: ![what it shows](/images/logo.png)",
                P + ":11:31: image 'nope.png' not found (looked for content/articles/2024/01/nope.png)\n"
                        + "    hint: check the file name and folder; paths starting with / are read from content/"),
                errors("line1\n\nline3\n\nSee ![](/images/logo.png) and ![Missing](nope.png)\n"));
    }

    @Test
    void refusesARemoteImageInTheBody() {
        assertEquals(List.of(P + ":7:1: image 'https://cdn.example.org/a.png' is not a file in content/\n"
                        + "    hint: download the picture into content/images/ and write src: /images/<name>"),
                errors("![A](https://cdn.example.org/a.png)\n"));
    }

    @Test
    void refusesABodyImageOutsideTheContentFolder() {
        assertEquals(List.of(P + ":8:3: image '../../../../../secret.png' is outside the content folder\n"
                        + "    hint: keep pictures under content/, e.g. content/images/"),
                errors("Text\n- ![A](../../../../../secret.png)\n"));
    }

    @Test
    void decodesPercentEscapesInImagePaths() {
        assertEquals(List.of(P + ":7:1: image 'my%20pic.png' not found (looked for content/articles/2024/01/my pic.png)\n"
                        + "    hint: check the file name and folder; paths starting with / are read from content/"),
                errors("![x](my%20pic.png)\n"));
    }

    @Test
    void countsBodyLinesAfterAWindowsStyleFile() {
        Path root = Loading.withArticle(dir, VALID, "x\n");
        org.gazette.testing.Newsrooms.write(root, P,
                ("\uFEFF---\r\n" + VALID + "---\r\n\r\n![](/images/logo.png)\r\n").replace("\n", "\r\n").replace("\r\r", "\r"));
        assertEquals(List.of(P + ":8:1: image '/images/logo.png' has no alt text\n"
                        + "    hint: describe the picture for readers who cannot see it: ![what it shows](/images/logo.png)"),
                Loading.errors(root));
    }
}
