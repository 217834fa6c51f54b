package org.peacetalks.admin;

import java.util.Objects;
import org.peacetalks.corpus.UnreadableReason;

/**
 * Why an article was refused, or what part of an add did not succeed: a kind, for the chat to word
 * in its reader's language, and the detail it needs (the file's extension, the parser's reason).
 * The engine says nothing to users itself.
 *
 * @param detail for {@link Kind#WRONG_TYPE} the extension (empty when the name has none), for
 *     {@link Kind#UNREADABLE} why the parser refused it in English (for logs), for {@link
 *     Kind#ALREADY_INDEXED} the existing article's id; else empty
 * @param unreadable for {@link Kind#UNREADABLE}, why the parser refused it, for the chat to word;
 *     else null
 */
public record IntakeProblem(Kind kind, String detail, UnreadableReason unreadable) {
  /** What went wrong. */
  public enum Kind {
    /** Not a .txt, .md or .html file. */
    WRONG_TYPE,
    /** /add with nothing after it. */
    NO_TEXT,
    /** A typed article with a title and no paragraph. */
    NO_PARAGRAPHS,
    /** A rebuild holds the corpus. */
    REINDEX_RUNNING,
    /** The parser refused the content (binary, not UTF-8, too large, no text). */
    UNREADABLE,
    /** The state database could not record the add: nothing was added. */
    STATE_UNAVAILABLE,
    /** Added and indexed, but not yet recorded for the digest (a partial success). */
    NOT_RECORDED,
    /** The same content is indexed already. */
    ALREADY_INDEXED
  }

  public IntakeProblem {
    Objects.requireNonNull(kind, "kind == null");
    detail = detail == null ? "" : detail;
  }

  /** A problem that needs no parser's reason. */
  public IntakeProblem(Kind kind, String detail) {
    this(kind, detail, null);
  }

  static IntakeProblem of(Kind kind) {
    return new IntakeProblem(kind, "");
  }

  /** The parser refused the content for this reason. */
  static IntakeProblem unreadable(UnreadableReason reason) {
    return new IntakeProblem(Kind.UNREADABLE, reason.toString(), reason);
  }

  /** For logs: the kind, and the detail where there is one. */
  @Override
  public String toString() {
    return detail.isEmpty() ? kind.name() : kind + ": " + detail;
  }
}
