package org.peacetalks.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Optional YAML front matter ({@code ---} lines around {@code key: value} pairs) at the top of a
 * .md or .txt article. Only title, source, url and published are read (also under the names
 * static-site generators give them: date, publisher, canonicalURL …).
 */
record FrontMatter(String title, String source, String url, String published, String body) {
  private static final Pattern BLOCK =
      Pattern.compile("\\A\\s*---[ \\t]*\\R(.*?)\\R---[ \\t]*(?:\\R|\\z)", Pattern.DOTALL);
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** Splits the front matter off {@code text}; text without any comes back whole as body. */
  static FrontMatter parse(String text) throws UnreadableArticleException {
    Matcher m = BLOCK.matcher(text);
    if (!m.find()) {
      return new FrontMatter(null, null, null, null, text);
    }
    JsonNode yaml;
    try {
      yaml = YAML.readTree(m.group(1));
    } catch (JsonProcessingException e) {
      throw new UnreadableArticleException(
          UnreadableReason.of(UnreadableReason.Kind.BAD_FRONT_MATTER, e.getOriginalMessage()));
    }
    String body = text.substring(m.end());
    if (yaml == null || !yaml.isObject()) {
      return new FrontMatter(null, null, null, null, body);
    }
    return new FrontMatter(
        field(yaml, "title"),
        field(yaml, "source", "publisher", "site"),
        field(yaml, "url", "canonicalURL", "canonical_url", "canonical"),
        field(yaml, "published", "date"),
        body);
  }

  /**
   * The first of these keys that has a value: static-site generators name them differently (Hugo's
   * "date").
   */
  private static String field(JsonNode yaml, String... names) {
    for (String name : names) {
      JsonNode node = yaml.get(name);
      // Jekyll's "published: true" is a switch, not a date
      if (node == null || node.isNull() || node.isContainerNode() || node.isBoolean()) continue;
      String value = node.asText().strip();
      if (!value.isEmpty()) return value;
    }
    return null;
  }
}
