package org.peacetalks.eval;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One line of a question file (the ../shared/eval format).
 *
 * @param file the name of the file it came from: questions are grouped by file when the no-answer
 *     decision is cross-validated
 * @param answers passages that answer it: a hit is a returned passage containing one of them
 * @param outOfScope true when the articles do not answer it, and noAnswer is the right reply
 * @param kind what sort of out-of-scope question it is, from its note
 */
public record EvalQuestion(
    String file, String id, String question, List<String> answers, boolean outOfScope, Kind kind) {
  /** The sorts of question the figures are reported by. */
  public enum Kind {
    ANSWERABLE,
    /** About another subject (sport, cooking, gadgets, the weather). */
    UNRELATED,
    /** About the war or the talks, but about something the articles do not cover. */
    ON_TOPIC,
    /**
     * Built on an event that did not happen; passages about the real events are a fair answer, so
     * it is not scored.
     */
    FALSE_PREMISE,
    /** Not a question: greetings, punctuation, keyboard mash, a command. */
    JUNK;

    /**
     * The kind of an out-of-scope question, from the words of its note ("on topic", "on-topic" and
     * "on_topic" alike).
     */
    static Kind ofNote(String note) {
      String n = note == null ? "" : note.toLowerCase(Locale.ROOT).replace('_', ' ');
      if (n.contains("false premise") || n.contains("absent event")) return FALSE_PREMISE;
      if (n.contains("junk") || n.contains("small talk") || n.contains("greeting")) return JUNK;
      if (n.contains("on topic") || n.contains("on-topic")) return ON_TOPIC;
      return UNRELATED;
    }
  }

  public EvalQuestion {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(question, "question == null");
    answers = List.copyOf(answers);
    if (kind == null) kind = outOfScope ? Kind.UNRELATED : Kind.ANSWERABLE;
  }

  public EvalQuestion(String id, String question, List<String> answers, boolean outOfScope) {
    this("", id, question, answers, outOfScope, null);
  }

  /** The same question reported under another file name (asked again over other articles). */
  public EvalQuestion reportedAs(String otherFile) {
    return new EvalQuestion(otherFile, id, question, answers, outOfScope, kind);
  }

  /** Whether the figures count it: false-premise questions are left out. */
  public boolean scored() {
    return kind != Kind.FALSE_PREMISE;
  }
}
