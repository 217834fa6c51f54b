package org.peacetalks.bench.botapi;

import com.fasterxml.jackson.databind.JsonNode;

/** answerInlineQuery: at most 50 results, and HTML message contents that parse. */
public final class InlineRoute implements Route {
  /** Telegram's limit on results per answer ("RESULTS_TOO_MUCH" above it). */
  private static final int MAX_RESULTS = 50;

  @Override
  public ApiReply answer(ApiRequest request) {
    JsonNode results = request.body().path("results");
    if (results.size() > MAX_RESULTS) return ApiReply.error(400, "Bad Request: RESULTS_TOO_MUCH");
    for (JsonNode r : results) {
      JsonNode content = r.path("input_message_content");
      if ("HTML".equals(content.path("parse_mode").asText())) {
        String problem = TelegramHtml.problem(content.path("message_text").asText());
        if (problem != null)
          return ApiReply.error(400, "Bad Request: can't parse entities: " + problem);
      }
    }
    return ApiReply.okTrue();
  }
}
