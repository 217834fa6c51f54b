package org.peacetalks.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.peacetalks.search.Answer;
import org.peacetalks.search.Passage;
import org.peacetalks.wording.NoAnswerText;

/** The JSON form of an answer, field for field as DESIGN.md gives it. */
final class AnswerJson {
  private final ObjectMapper mapper;

  AnswerJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  ObjectNode toJson(Answer answer) {
    ObjectNode root = mapper.createObjectNode();
    root.put("question", answer.question());
    root.put("noAnswer", answer.noAnswer());
    ArrayNode passages = root.putArray("passages");
    for (Passage p : answer.passages()) {
      ObjectNode n = passages.addObject();
      n.put("rank", p.rank());
      n.put("articleId", p.articleId());
      n.put("title", p.title());
      n.put("source", p.source());
      n.put("url", p.url());
      n.put("published", p.published());
      n.put("paragraph", p.paragraph());
      n.put("section", p.section());
      n.put("text", p.text());
      n.put("highlighted", p.highlighted());
      n.put("score", p.score());
    }
    if (answer.reason() != null) root.put("message", NoAnswerText.of(answer));
    return root;
  }

  String line(Answer answer) {
    try {
      return mapper.writeValueAsString(toJson(answer));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree of strings and numbers always serialises", e);
    }
  }
}
