package org.peacetalks.telegram.answer;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.peacetalks.corpus.Article;
import org.peacetalks.corpus.ArticleParser;
import org.peacetalks.corpus.ArticleStore;
import org.peacetalks.corpus.CorpusLoad;
import org.peacetalks.eval.EvalQuestion;
import org.peacetalks.eval.QuestionFile;
import org.peacetalks.search.Answer;
import org.peacetalks.search.BgeSmallEmbedder;
import org.peacetalks.search.Passage;
import org.peacetalks.search.PassageSearcher;
import org.peacetalks.search.SearchIndex;
import org.peacetalks.search.SearchTuning;
import org.peacetalks.search.Synonyms;
import org.peacetalks.telegram.TelegramHtml;

/**
 * The answer-first layout on real answers: the seed and dev articles, their questions, the real
 * searcher, by words for speed; {@code -Danswers.hybrid=true} runs the same checks with the
 * embedding model, as the bot answers (about two minutes more). Each run prints the visible length
 * of the first messages (min / median / max).
 */
class AnswerLayoutTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);

  /** Every date a reader sees: "3 Dec 2025", or "added 3 Dec" for an article without its own. */
  static final Pattern DATE_LIKE =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b");

  static final Pattern SOURCE_DATE =
      Pattern.compile("· (added \\d{1,2} [A-Z][a-z]{2}|\\d{1,2} [A-Z][a-z]{2} \\d{4})(\\n|$| ·)");

  static SearchIndex index;
  static PassageSearcher searcher;
  static List<Article> articles = new ArrayList<>();
  static final AnswerFormatter formatter =
      new AnswerFormatter(
          AnswerFormatter.MAX_LENGTH, CLOCK, id -> Instant.parse("2026-12-01T08:00:00Z"));

  @BeforeAll
  static void indexCorpus() throws Exception {
    for (String folder : List.of("seed", "dev")) {
      articles.addAll(
          new ArticleStore(
                  Path.of("src/test/resources/corpus", folder), new ArticleParser(2_000_000))
              .loadAll()
              .articles());
    }
    boolean hybrid = Boolean.getBoolean("answers.hybrid");
    index = hybrid ? SearchIndex.inMemory(new BgeSmallEmbedder()) : SearchIndex.inMemory();
    index.rebuild(new CorpusLoad(articles, List.of()));
    Synonyms synonyms = Synonyms.load(Path.of("config/synonyms.txt"));
    searcher =
        hybrid
            ? new PassageSearcher(index, synonyms, SearchTuning.defaults(), 3)
            : new PassageSearcher(index, synonyms, SearchTuning.defaults(), 3, null);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  static List<EvalQuestion> questions(String file) throws Exception {
    return QuestionFile.read(Path.of("src/test/resources/eval", file)).stream()
        .filter(q -> !q.outOfScope())
        .toList();
  }

  @Test
  void seedAnswersFitOnePhoneScreen() throws Exception {
    List<Executable> checks = new ArrayList<>();
    for (String file : List.of("seed-questions.jsonl", "dev-questions.jsonl")) {
      List<Integer> lengths = new ArrayList<>();
      List<Integer> pages = new ArrayList<>();
      for (EvalQuestion q : questions(file)) {
        Answer answer = searcher.answer(q.question());
        if (answer.noAnswer()) continue;
        String html = formatter.answer(answer);
        int visible = TelegramHtml.textLength(html);
        lengths.add(visible);
        List<Passage> all =
            searcher.answer(q.question(), 0, PagingFloor.DEFAULT.maxRank() + 1).passages();
        pages.add((PagingFloor.DEFAULT.keep(all, all.get(0).score()).size() + 2) / 3);
        checks.add(
            () ->
                assertTrue(
                    visible <= AnswerFormatter.SCREEN,
                    q.id() + ": " + visible + " characters\n" + html));
      }
      java.util.Collections.sort(lengths);
      java.util.Collections.sort(pages);
      System.out.printf(
          "%s (%s): %d answered, first message %d / %d / %d visible characters, %d / %d / %d pages"
              + " (min / median / max)%n",
          file,
          Boolean.getBoolean("answers.hybrid") ? "hybrid" : "by words",
          lengths.size(),
          lengths.get(0),
          lengths.get(lengths.size() / 2),
          lengths.get(lengths.size() - 1),
          pages.get(0),
          pages.get(pages.size() / 2),
          pages.get(pages.size() - 1));
    }
    assertFalse(checks.isEmpty());
    assertAll(checks);
  }

  @Test
  void theAnsweringSentenceComesFirstAndSourcesNameNoFile() throws Exception {
    List<Executable> checks = new ArrayList<>();
    for (String file : List.of("seed-questions.jsonl", "dev-questions.jsonl")) {
      for (EvalQuestion q : questions(file)) {
        Answer answer = searcher.answer(q.question());
        if (answer.noAnswer()) continue;
        String html = formatter.answer(answer);
        Passage first = formatter.shownOrder(answer.passages()).get(0);
        checks.add(() -> assertNull(TelegramHtml.problem(html), q.id() + ": " + html));
        checks.add(
            () ->
                assertTrue(
                    html.startsWith("<blockquote>" + prefix(first.answerSentence().highlighted())),
                    q.id() + ": the answering sentence first\n" + html));
        for (Passage p : answer.passages()) {
          checks.add(
              () ->
                  assertFalse(html.contains(p.articleId()), q.id() + ": file name shown\n" + html));
        }
        checks.add(
            () ->
                assertFalse(
                    html.matches("(?s).*\\.(txt|md|html)\\b.*"), q.id() + ": file name\n" + html));
        checks.add(() -> assertTrue(html.length() <= AnswerFormatter.MAX_LENGTH, q.id()));
      }
    }
    assertAll(checks);
  }

  @Test
  void datesAppearInOneFormat() throws Exception {
    List<Executable> checks = new ArrayList<>();
    for (String file : List.of("seed-questions.jsonl", "dev-questions.jsonl")) {
      for (EvalQuestion q : questions(file)) {
        Answer answer = searcher.answer(q.question());
        if (answer.noAnswer()) continue;
        String plain =
            TelegramHtml.plain(
                formatter.answer(answer).replace("</blockquote>", "</blockquote>\n"), "HTML");
        String sources = sourceLines(plain);
        checks.add(
            () ->
                assertFalse(
                    DATE_LIKE.matcher(sources).find(),
                    q.id() + ": another date format\n" + sources));
        Matcher m = SOURCE_DATE.matcher(sources);
        checks.add(
            () -> assertTrue(m.find(), q.id() + ": the first passage's date is shown\n" + plain));
      }
    }
    String list = TelegramHtml.plain(formatter.sources(index.articles()), "HTML");
    checks.add(() -> assertFalse(DATE_LIKE.matcher(list).find(), list));
    checks.add(
        () ->
            assertFalse(
                list.contains(".txt") || list.contains(".md") || list.contains(".html"), list));
    assertAll(checks);
  }

  @Test
  void boldMarksRareWordsNotRussiaOrTalks() throws Exception {
    Answer answer = searcher.answer("What does Russia demand in the talks?");
    String html = formatter.answer(answer);
    assertTrue(html.toLowerCase().contains("<b>demand"), html);
    for (String common : List.of("russia", "talks", "moscow")) {
      assertFalse(html.toLowerCase().contains("<b>" + common), common + " is bold:\n" + html);
    }
  }

  /** The lines that name sources: those starting with "—", and the one-line extracts. */
  private static String sourceLines(String plain) {
    StringBuilder out = new StringBuilder();
    for (String line : plain.split("\n")) {
      if (line.startsWith("— ") || line.matches("\\d+\\. .*"))
        out.append(line.replaceAll("^.* — ", "— ")).append('\n');
    }
    return out.toString();
  }

  private static String prefix(String html) {
    return html.substring(0, Math.min(40, html.length())).replaceAll("<[^>]*$|&[a-z]*$", "");
  }
}
