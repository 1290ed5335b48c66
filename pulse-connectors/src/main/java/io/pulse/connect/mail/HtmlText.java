package io.pulse.connect.mail;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text of an HTML body as a reader sees it: block elements and {@code <br>} become line breaks,
 * styles, scripts and the quoted history mail programs mark in HTML (Gmail's {@code gmail_quote},
 * Outlook's reply header, {@code <blockquote>}) are dropped, entities decoded.
 */
public final class HtmlText {

  private static final Pattern BLANKS = Pattern.compile("[ \\t\\u00a0]+");

  private static final Set<String> BLOCKS =
      Set.of(
          "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "pre",
          "section", "article", "header", "footer", "address", "hr");

  private HtmlText() {}

  /** The text of an HTML document or fragment, lines separated by {@code \n}. */
  public static String toText(String html) {
    Document document = Jsoup.parse(html);
    document
        .select(
            "head, style, script, title, blockquote, .gmail_quote, .gmail_signature,"
                + " #divRplyFwdMsg, #appendonsend, .moz-cite-prefix, .moz-signature,"
                + " div[style*=border-top:solid #E1E1E1], div[style*=border-top: solid #E1E1E1]")
        .remove();
    StringBuilder text = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              text.append(t.text().replace('\u00a0', ' '));
            } else if (node instanceof Element e && e.normalName().equals("br")) {
              text.append('\n');
            } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
              newline(text);
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
              newline(text);
            }
          }
        },
        document.body());
    return tidy(text.toString());
  }

  private static void newline(StringBuilder text) {
    if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
      text.append('\n');
    }
  }

  /** Trims every line, collapses runs of blank lines to one and trims the whole. */
  static String tidy(String text) {
    StringBuilder out = new StringBuilder();
    boolean blank = false;
    for (String line : text.split("\n", -1)) {
      String trimmed = BLANKS.matcher(line).replaceAll(" ").strip();
      if (trimmed.isEmpty()) {
        blank = !out.isEmpty();
        continue;
      }
      if (blank) {
        out.append('\n');
        blank = false;
      }
      if (!out.isEmpty()) {
        out.append('\n');
      }
      out.append(trimmed);
    }
    return out.toString();
  }
}
