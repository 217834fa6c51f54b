package org.peacetalks.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * HTML pages: the main content only. Page furniture (navigation, header, footer, asides, forms,
 * figures and their captions, cookie banners, share and comment widgets) is removed before the
 * text is read; the article element (or main, or body) is then walked block by block.
 */
final class HtmlArticleReader implements ArticleReader {
  /** Elements that never hold article text. */
  private static final String FURNITURE =
      "script, style, noscript, template, svg, iframe, form, button, nav, header, footer, aside,"
          + " figure, figcaption, [role=dialog], [role=navigation], [role=banner],"
          + " [role=contentinfo], [aria-hidden=true], [hidden]";
  /** Class or id words that mark widgets rather than content. */
  private static final Pattern WIDGET = Pattern.compile(
      "(?i)(^|[\\s_-])(cookie|consent|gdpr|banner|share|sharing|social|related|read-?more|"
          + "newsletter|subscribe|comments?|byline|author|promo|advert|ads?|sponsor|caption|"
          + "breadcrumbs?|tags|widget|sidebar|popup|modal|meta)([\\s_-]|$)");
  private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|\\u2013\\u2014-]\\s+([^|\\u2013\\u2014]+)$");
  private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, dt, dd, td";

  @Override
  public RawArticle read(String html) {
    Document doc = Jsoup.parse(html);
    String pageTitle = Whitespace.collapse(doc.title());
    String source = meta(doc, "og:site_name");
    if (source == null) source = siteFromTitle(pageTitle);
    String url = meta(doc, "og:url");
    if (url == null) {
      Element canonical = doc.selectFirst("link[rel=canonical][href]");
      url = canonical == null ? null : canonical.attr("href");
    }
    String published = meta(doc, "article:published_time");
    String title = meta(doc, "og:title");

    Element root = doc.selectFirst("article");
    if (root == null) root = doc.selectFirst("main, [role=main]");
    if (root == null) root = doc.body();
    if (published == null) {
      Element time = root.selectFirst("time[datetime]");
      if (time == null) time = doc.selectFirst("time[datetime]");
      if (time != null) published = time.attr("datetime");
    }
    root.select(FURNITURE).remove();
    for (Element e : new ArrayList<>(root.getAllElements())) {
      if (e != root && e.parent() != null && isWidget(e)) e.remove();
    }

    List<Block> blocks = new ArrayList<>();
    for (Element e : root.select(BLOCKS)) {
      if (e.select(BLOCKS).size() > 1 && !e.is("li, td, dd")) continue; // a container: its children speak
      String text = Whitespace.collapse(ownText(e));
      if (text.isEmpty()) continue;
      blocks.add(new Block(kindOf(e), text));
    }
    if (title == null) {
      Element h1 = doc.selectFirst("h1");
      title = h1 != null ? Whitespace.collapse(h1.text()) : stripSite(pageTitle, source);
    }
    return new RawArticle(emptyToNull(title), source, emptyToNull(url), emptyToNull(published), blocks);
  }

  private static Block.Kind kindOf(Element e) {
    return switch (e.normalName()) {
      case "h1" -> Block.Kind.TITLE;
      case "h2", "h3", "h4", "h5", "h6" -> Block.Kind.HEADING;
      case "li", "dd" -> Block.Kind.ITEM;
      default -> Block.Kind.LINE;
    };
  }

  /** Text of an element without the text of nested block elements (read on their own). */
  private static String ownText(Element e) {
    StringBuilder sb = new StringBuilder();
    appendText(e, sb);
    return sb.toString();
  }

  private static void appendText(Node node, StringBuilder sb) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        sb.append(t.getWholeText());
      } else if (child instanceof Element el) {
        if (el.is("br")) {
          sb.append(' ');
        } else if (!el.is(BLOCKS) || el.is("li li")) {
          appendText(el, sb);
        }
      }
    }
  }

  private static boolean isWidget(Element e) {
    String marks = e.className() + " " + e.id();
    return !marks.isBlank() && WIDGET.matcher(marks.toLowerCase(Locale.ROOT)).find()
        && !e.is("article, main, body");
  }

  private static String meta(Document doc, String property) {
    Element m = doc.selectFirst("meta[property=" + property + "][content], meta[name=" + property + "][content]");
    return m == null ? null : emptyToNull(Whitespace.collapse(m.attr("content")));
  }

  private static String siteFromTitle(String pageTitle) {
    var m = TITLE_SUFFIX.matcher(pageTitle);
    return m.find() ? emptyToNull(m.group(1).strip()) : null;
  }

  private static String stripSite(String pageTitle, String site) {
    if (site != null && pageTitle.endsWith(site)) {
      var m = TITLE_SUFFIX.matcher(pageTitle);
      if (m.find()) return pageTitle.substring(0, m.start()).strip();
    }
    return pageTitle;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
