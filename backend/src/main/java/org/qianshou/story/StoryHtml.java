package org.qianshou.story;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeVisitor;

/**
 * A story's body: the HTML the author sends, cleaned by jsoup to the contract's subset ({@code p, br, h2, h3, strong,
 * em, ul, ol, li, blockquote, a[href]}, links only to http, https and mailto, each with {@code rel="nofollow
 * noopener"}), and its plain text, which the protection check reads and whose offsets its flags use.
 */
final class StoryHtml {

    private static final Safelist SAFELIST = new Safelist()
            .addTags("p", "br", "h2", "h3", "strong", "em", "ul", "ol", "li", "blockquote", "a")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener");

    /** Elements after which the plain text starts a new line. */
    private static final Set<String> BLOCKS = Set.of("p", "h2", "h3", "li", "blockquote", "ul", "ol");

    private static final Document.OutputSettings OUTPUT =
            new Document.OutputSettings().prettyPrint(false).charset("UTF-8");

    private StoryHtml() {}

    /**
     * The allowed subset of {@code html}; everything else (scripts, handlers, images, styles) is dropped. A link whose
     * address carries an ID or mobile number or Chinese text (a place, a name) loses its address and stays as text: the
     * protection check reads the text, not the addresses.
     */
    static String sanitise(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        String clean = Jsoup.clean(html, "", SAFELIST, OUTPUT);
        Document document = Jsoup.parseBodyFragment(clean);
        document.outputSettings(OUTPUT);
        boolean changed = false;
        for (Element link : document.select("a[href]")) {
            if (revealing(link.attr("href"))) {
                link.unwrap();
                changed = true;
            }
        }
        return (changed ? document.body().html() : clean).strip();
    }

    /** Whether a link's address (decoded) carries a number the check blocks, or Chinese text. */
    static boolean revealing(String href) {
        String decoded;
        try {
            decoded = URLDecoder.decode(href.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return true;
        }
        return StoryCheck.hasNumbers(decoded)
                || decoded.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /**
     * The plain text of sanitised HTML: each block's text (white space collapsed, as jsoup's {@code text()}) on its own
     * line, {@code br} as a line break.
     */
    static String text(String sanitisedHtml) {
        if (sanitisedHtml == null || sanitisedHtml.isEmpty()) {
            return "";
        }
        Element body = Jsoup.parseBodyFragment(sanitisedHtml).body();
        StringBuilder out = new StringBuilder();
        body.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    String t = text.text().replaceAll("\\s+", " ");
                    if (t.startsWith(" ") && (out.isEmpty() || endsWithSpace(out))) {
                        t = t.substring(1);
                    }
                    out.append(t);
                } else if (node instanceof Element e && e.normalName().equals("br")) {
                    trimTrailingSpace(out);
                    out.append('\n');
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    newLine(out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    newLine(out);
                }
            }
        });
        return out.toString().strip();
    }

    private static boolean endsWithSpace(StringBuilder out) {
        char c = out.charAt(out.length() - 1);
        return c == ' ' || c == '\n';
    }

    private static void trimTrailingSpace(StringBuilder out) {
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    private static void newLine(StringBuilder out) {
        trimTrailingSpace(out);
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
