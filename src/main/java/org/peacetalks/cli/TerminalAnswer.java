package org.peacetalks.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.peacetalks.corpus.Ellipsis;
import org.peacetalks.search.Answer;
import org.peacetalks.search.NewestFirst;
import org.peacetalks.search.Passage;
import org.peacetalks.search.PassageSource;
import org.peacetalks.search.Sentence;
import org.peacetalks.wording.NoAnswerText;

/**
 * An answer as a person reads it in a terminal, laid out as in Telegram: the answering sentence
 * first, its source (outlet, date, headline, link), the rest of its paragraph; then the further
 * passages one line each. Bold (ANSI) marks the question's rare words when {@code ansi} is on.
 */
final class TerminalAnswer {
  private static final int EXTRACT = 110;

  private final boolean ansi;
  private final Clock clock;
  private final Function<String, Instant> addedAt;

  /**
   * @param addedAt when an article entered the corpus, or {@code null} when not known
   */
  TerminalAnswer(boolean ansi, Clock clock, Function<String, Instant> addedAt) {
    this.ansi = ansi;
    this.clock = clock;
    this.addedAt = addedAt;
  }

  void print(Answer answer, PrintWriter out) {
    out.println(answer.question());
    out.println();
    if (answer.passages().isEmpty()) {
      out.println(NoAnswerText.of(answer));
      out.println();
      return;
    }
    List<Passage> passages = NewestFirst.order(answer.passages(), p -> source(p).sortDay());
    Passage best = passages.get(0);
    out.println("  “" + text(quoteOf(best)) + "”");
    out.println("  " + sourceLine(best));
    String rest = restOf(best);
    if (!rest.isEmpty()) out.println("  " + rest);
    if (passages.size() > 1) out.println();
    for (Passage p : passages.subList(1, passages.size())) {
      PassageSource src = source(p);
      String extract = Ellipsis.cut(plain(p.answerSentence().highlighted()), EXTRACT);
      String name = src.outlet() != null ? src.outlet() : "“" + src.headline() + "”";
      String date = src.dateLabel(clock);
      out.println(
          "  " + p.rank() + ". " + extract + " — " + name + (date == null ? "" : ", " + date));
    }
    out.println();
  }

  private PassageSource source(Passage p) {
    return PassageSource.of(p, addedAt.apply(p.articleId()));
  }

  private String sourceLine(Passage p) {
    PassageSource src = source(p);
    StringBuilder line = new StringBuilder("— ");
    String date = src.dateLabel(clock);
    if (src.outlet() != null)
      line.append(src.outlet()).append(date == null ? "" : " · " + date).append(" · ");
    line.append(src.headline());
    if (src.outlet() == null && date != null) line.append(" · ").append(date);
    if (src.url() != null) line.append("\n    ").append(src.url());
    return line.toString();
  }

  private static String quoteOf(Passage p) {
    if (p.sentences().isEmpty()) return p.highlighted();
    return p.answerSentence().highlighted();
  }

  /** What follows the answering sentence in its paragraph, or what leads up to it; plain, cut. */
  private static String restOf(Passage p) {
    List<Sentence> s = p.sentences();
    if (s.size() < 2) return "";
    StringBuilder out = new StringBuilder();
    if (p.answer() + 1 < s.size()) {
      for (Sentence x : s.subList(p.answer() + 1, s.size())) out.append(x.text()).append(' ');
      if (p.answer() > 0) out.insert(0, "… ");
    } else {
      for (Sentence x : s.subList(0, p.answer())) out.append(x.text()).append(' ');
    }
    return Ellipsis.cut(out.toString().strip(), 300);
  }

  private String text(String highlighted) {
    return ansi ? TerminalText.bold(highlighted) : plain(highlighted);
  }

  private static String plain(String highlighted) {
    return TerminalText.bold(highlighted).replace("\u001b[1m", "").replace("\u001b[0m", "");
  }
}
