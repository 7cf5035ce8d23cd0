package org.frontline.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Readable text out of HTML: page furniture removed, block elements become paragraphs separated by one blank
 * line (so the sentence splitter sees headlines and paragraphs apart), {@code <br>} becomes a line break, runs of
 * spaces (no-break spaces included, as jsoup reads them) collapse to one. Shared by the HTML page reader and
 * the feed reader (entry content is HTML too).
 */
final class HtmlText {
    /** Never article text, wherever they sit. */
    static final String NOISE = "nav, aside, script, style, form, noscript, iframe, svg, button, template, select,"
            + " object, embed, figure, [role=navigation], [role=banner], [role=contentinfo], [hidden],"
            + " [aria-hidden=true]";
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table",
            "tr", "address", "hr", "figcaption", "body");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f]+");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n{2,}");

    private HtmlText() {
    }

    /** Removes elements that are never article text, in place; returns the same element. */
    static Element clean(Element root) {
        root.select(NOISE).remove();
        return root;
    }

    /** The text of {@code root} with paragraph breaks as blank lines; "" when there is none. */
    static String blockText(Element root) {
        StringBuilder raw = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    raw.append(text.text());
                } else if (node instanceof Element el && el.normalName().equals("br")) {
                    raw.append('\n');
                } else if (isBlock(node)) {
                    raw.append("\n\n");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (isBlock(node)) {
                    raw.append("\n\n");
                }
            }
        }, root);
        return tidy(raw.toString());
    }

    private static boolean isBlock(Node node) {
        return node instanceof Element el && BLOCKS.contains(el.normalName());
    }

    private static String tidy(String raw) {
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : PARAGRAPH_BREAK.split(raw)) {
            String lines = Arrays.stream(paragraph.split("\n"))
                    .map(line -> SPACES.matcher(line).replaceAll(" ").strip())
                    .filter(line -> !line.isEmpty())
                    .collect(Collectors.joining("\n"));
            if (!lines.isEmpty()) {
                paragraphs.add(lines);
            }
        }
        return String.join("\n\n", paragraphs);
    }
}
