package org.peacetalks.search;

import java.util.regex.Pattern;

/**
 * What kind of answer a question asks for, read from its wording ("how many …" wants a number,
 * "when …" a date, "why …" a reason: a passage that says "because", "after", "citing", "amid" …),
 * and whether a passage holds that kind of thing. "How many" and its like count wherever they
 * stand, as chat often puts them last ("rafale deal how many jets"); "when" and "number of" only
 * first ("what did he say when …", "a number of senators" ask for neither), and a question that
 * starts with "when" asks for a date even if "how many" follows. Used as a small re-ranking bonus:
 * among passages that cover the question equally, the one with the number wins.
 */
enum AnswerType {
  TIME(
      "(?i)^\\W*(?:when|what (?:date|day|time|year|month)|by when|until when)\\b",
      "(?i)\\b(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|yesterday|week|month|year|thanksgiving|christmas|\\d{4})\\b"),
  QUANTITY(
      "(?i)\\b(?:how (?:many|much|long|far|big|large|old|often|high|low|soon)|what (?:number|percentage|share|size))\\b|^\\W*number of\\b",
      "(?i)\\b(?:\\d[\\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|half|quarter|fifth|third)\\b"),
  REASON(
      "(?i)\\bwhy\\b|^\\W*how come\\b|\\breasons?\\b",
      "(?i)\\b(?:because|due to|as a result|in order to|so that|reasons?|cit(?:e|es|ed|ing)|after|amid|fears?|feared|concerns?|argu(?:e|es|ed|ing)|insist(?:s|ed)?|warn(?:s|ed)?)\\b"),
  OTHER(null, null);

  private final Pattern question;
  private final Pattern evidence;

  AnswerType(String question, String evidence) {
    this.question = question == null ? null : Pattern.compile(question);
    this.evidence = evidence == null ? null : Pattern.compile(evidence);
  }

  static AnswerType of(String question) {
    for (AnswerType t : values()) {
      if (t.question != null && t.question.matcher(question).find()) return t;
    }
    return OTHER;
  }

  /** True when the passage holds something of this type (always false for OTHER). */
  boolean foundIn(String passage) {
    return evidence != null && evidence.matcher(passage).find();
  }
}
