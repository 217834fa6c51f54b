package org.peacetalks.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The story a page drawn by script carries as data rather than markup: Next.js puts the article in
 * {@code <script id="__NEXT_DATA__" type="application/json">}, other frameworks in similar JSON
 * scripts, while the markup holds a headline and a loading placeholder. The story is the longest
 * string in that data that reads as prose (several sentences), HTML or plain text; no field names
 * are assumed, as every site names them differently.
 */
final class EmbeddedStory {
  /** Shorter than this, a string is a teaser or a title, not a story. */
  private static final int MIN_CHARS = 400;

  private static final int MIN_SENTENCES = 3;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Evaluator JSON_SCRIPT = QueryParser.parse("script[type=application/json]");

  private EmbeddedStory() {}

  /**
   * The story's text (HTML or plain) from the JSON scripts in or under {@code elements}, or {@code
   * null}.
   */
  static String of(List<Element> elements) {
    String best = null;
    List<Element> scripts = new ArrayList<>();
    for (Element e : elements) scripts.addAll(e.select(JSON_SCRIPT));
    for (Element script : scripts) {
      try {
        String found = longestProse(JSON.readTree(script.data()), null);
        if (found != null && (best == null || found.length() > best.length())) best = found;
      } catch (JsonProcessingException e) {
        // not JSON after all: it says nothing about the story
      }
    }
    return best;
  }

  private static String longestProse(JsonNode node, String best) {
    if (node == null) return best;
    if (node.isTextual()) {
      String s = node.asText();
      return s.length() >= MIN_CHARS
              && (best == null || s.length() > best.length())
              && readsAsProse(s)
          ? s
          : best;
    }
    for (JsonNode child : node) best = longestProse(child, best); // arrays and objects alike
    return best;
  }

  /** Several sentences, not a blob of code, a URL list or an encoded image. */
  private static boolean readsAsProse(String s) {
    String text = s.indexOf('<') >= 0 ? Jsoup.parseBodyFragment(s).text() : s;
    int sentences = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?' || c == '。' || c == '！' || c == '？')
          && (i + 1 == text.length()
              || Character.isWhitespace(text.charAt(i + 1))
              || c >= '\u3000')) {
        sentences++;
      }
    }
    return sentences >= MIN_SENTENCES
        && TextShape.words(text) * 8 >= text.length() / 2; // words, not one long token
  }
}
