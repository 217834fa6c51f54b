package org.peacetalks.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org description of a news page ({@code <script type="application/ld+json">}):
 * headline, publication date, address and publisher, for pages without Open Graph tags, and the
 * story's text ({@code articleBody}) that pages rendered by script carry when their markup has
 * none. A script that is not valid JSON, or describes no article, gives nothing.
 */
record LinkedData(
    String headline, String published, String url, String publisher, String articleBody) {
  static final LinkedData NONE = new LinkedData(null, null, null, null, null);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "NewsArticle",
          "Article",
          "ReportageNewsArticle",
          "AnalysisNewsArticle",
          "BlogPosting",
          "LiveBlogPosting");

  static LinkedData of(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode article = findArticle(JSON.readTree(script.data()));
        if (article != null) {
          return new LinkedData(
              text(article.get("headline")),
              text(article.get("datePublished")),
              url(article),
              text(article.path("publisher").get("name")),
              body(article.get("articleBody")));
        }
      } catch (JsonProcessingException e) {
        // a broken script says nothing about the page; the other metadata still does
      }
    }
    return NONE;
  }

  /** The first object typed as an article, at the top, in an array, or in an {@code @graph}. */
  private static JsonNode findArticle(JsonNode node) {
    if (node == null) return null;
    if (node.isArray()) {
      for (JsonNode item : node) {
        JsonNode found = findArticle(item);
        if (found != null) return found;
      }
      return null;
    }
    if (!node.isObject()) return null;
    if (isArticle(node.get("@type"))) return node;
    return findArticle(node.get("@graph"));
  }

  private static boolean isArticle(JsonNode type) {
    if (type == null) return false;
    if (type.isArray()) {
      for (JsonNode t : type) if (ARTICLE_TYPES.contains(t.asText())) return true;
      return false;
    }
    return ARTICLE_TYPES.contains(type.asText());
  }

  private static String url(JsonNode article) {
    String url = text(article.get("url"));
    if (url != null) return url;
    JsonNode page = article.get("mainEntityOfPage");
    return page != null && page.isObject() ? text(page.get("@id")) : text(page);
  }

  /** The story's text as the page describes it, line breaks kept (they part its paragraphs). */
  private static String body(JsonNode node) {
    if (node == null || !node.isTextual() || node.asText().isBlank()) return null;
    return node.asText().strip();
  }

  private static String text(JsonNode node) {
    if (node == null || !node.isTextual()) return null;
    String s = Whitespace.collapse(node.asText());
    return s.isEmpty() ? null : s;
  }
}
