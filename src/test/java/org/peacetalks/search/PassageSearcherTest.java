package org.peacetalks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peacetalks.corpus.Article;
import org.peacetalks.corpus.Paragraph;

/** Lexical answers over the seed articles, in a real in-memory Lucene index. */
class PassageSearcherTest {
  static SearchIndex index;
  static PassageSearcher searcher;

  @BeforeAll
  static void indexSeeds() throws Exception {
    index = SearchIndex.inMemory();
    index.rebuild(Fixtures.load(Fixtures.SEED));
    searcher = new PassageSearcher(index, Fixtures.synonyms(), SearchTuning.defaults(), 3);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  @Test
  void answersWithTheParagraphThatStatesRussiasDemandsAndItsSource() throws Exception {
    Answer a = searcher.answer("What does Russia demand?");
    assertEquals(Answer.Status.ANSWERED, a.status());
    assertEquals(3, a.passages().size());
    Passage p =
        a.passages().stream()
            .filter(x -> x.articleId().equals("002_11d8a4770e6080f9"))
            .findFirst()
            .orElseThrow();
    assertEquals(6, p.paragraph());
    assertEquals("002_11d8a4770e6080f9.txt", p.source());
    assertEquals(
        "U.S. Envoy Heads to Moscow as Washington Intensifies Push for Ukraine Peace Deal",
        p.title());
    // "Russia" (and so its synonym "Moscow") is in most paragraphs of a corpus about the talks:
    // matched, but not bold; the rarer "demands" is.
    assertTrue(
        p.highlighted().startsWith("Moscow’s position"),
        "a common word is not bold: " + p.highlighted());
    assertTrue(p.highlighted().contains("<b>demands</b>"), p.highlighted());
    assertTrue(
        p.answerSentence().text().startsWith("Moscow’s position remains largely unchanged"),
        p.answerSentence().text());
  }

  @Test
  void toleratesTyposAgainstTheIndexVocabulary() throws Exception {
    Answer a = searcher.answer("Did Rusia captur Pokrovks?");
    assertFalse(a.noAnswer());
    assertTrue(a.passages().get(0).text().contains("Pokrovsk"), a.passages().get(0).text());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "demand?",
        "\"unbalanced",
        "AND",
        "+NATO",
        "(x",
        "*",
        "~",
        "NATO AND OR NOT",
        "a:b Moscow\\",
        "title:Moscow",
        "Putin~2",
        "[1 TO 5]"
      })
  void queryParserSyntaxIsPlainText(String question) throws Exception {
    Answer a = searcher.answer(question);
    assertNotNull(a.status());
  }

  @Test
  void outOfScopeQuestionsGetNoAnswerNotRandomPassages() throws Exception {
    // Words alone refuse a question that names what the articles never do; an unrelated question
    // in common words is the topic probe's, which needs the model (RetrievalQualityTest).
    for (String q :
        List.of(
            "What is the capital of Australia?", "What did Erdogan say about the grain deal?")) {
      Answer a = searcher.answer(q);
      assertEquals(Answer.Status.NO_ANSWER, a.status(), q);
      assertTrue(a.passages().isEmpty());
      assertEquals(Answer.Reason.NOTHING_FOUND, a.reason());
    }
  }

  @Test
  void inputThatIsNotAQuestionGetsAClearMessage() throws Exception {
    assertEquals(Answer.Status.NOT_A_QUESTION, searcher.answer("").status());
    assertEquals(Answer.Status.NOT_A_QUESTION, searcher.answer(" \t\n ").status());
    assertEquals(Answer.Status.NOT_A_QUESTION, searcher.answer("\u0000\u0007\u200b").status());
    Answer huge = searcher.answer("Moscow ".repeat(1500));
    assertEquals(Answer.Status.NOT_A_QUESTION, huge.status());
    assertEquals(Answer.Reason.TOO_LONG, huge.reason());
    assertEquals(Answer.Reason.EMPTY, searcher.answer("🙂🙂🙂").reason());
    assertEquals(Answer.Reason.EMPTY, searcher.answer("?").reason());
    assertEquals(Answer.Status.NO_ANSWER, searcher.answer("ما هي مطالب روسيا؟").status());
    assertFalse(
        searcher.answer("What does\u0000 Russia\u202e demand?").noAnswer(),
        "control characters are dropped");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "hello",
        "Hi there!",
        "thanks 🙏",
        "ok",
        "Thank you very much.",
        "привіт",
        "спасибо!",
        "good morning bot",
        "thx, that's all",
        "ok and thank you for that",
        "дякую, це все",
        "спасибо, и всё"
      })
  void smallTalkIsNotSearched(String text) throws Exception {
    Answer a = searcher.answer(text);
    assertEquals(Answer.Status.NOT_A_QUESTION, a.status());
    assertEquals(Answer.Reason.SMALL_TALK, a.reason());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/start please",
        "/subscribe 08:00",
        "/ask@PeaceTalksBot",
        "start",
        "Menu please",
        "старт"
      })
  void commandsTypedAsTextAreNotSearched(String text) throws Exception {
    assertEquals(Answer.Reason.COMMAND, searcher.answer(text).reason());
  }

  @ParameterizedTest
  @ValueSource(strings = {"asdfgh", "qwerty zxcv", "hmmmmm"})
  void keyboardMashIsNotAQuestion(String text) throws Exception {
    assertEquals(Answer.Reason.NOT_A_QUESTION, searcher.answer(text).reason());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "hi, what does Russia demand?",
        "thanks, and what does Russia demand?",
        "ok, sanctions?",
        "when did the talks start?",
        "when did it start?",
        "what are the commands",
        "коли почати?"
      })
  void aGreetingWithAnyWordOfSubstanceIsNotSmallTalk(String text) throws Exception {
    assertNotEquals(Answer.Reason.SMALL_TALK, searcher.answer(text).reason());
  }

  @Test
  void aGreetingInsideARealQuestionIsStillAnswered() throws Exception {
    Answer a = searcher.answer("hi, what does Russia demand?");
    assertEquals(Answer.Status.ANSWERED, a.status());
  }

  @Test
  void eachPassageNamesTheSentenceThatAnswers() throws Exception {
    SearchIndex own = SearchIndex.inMemory();
    own.put(
        article(
            "three",
            "The delegations met in Geneva on Sunday for a long day of talks."
                + " Rustem Umerov will lead the Ukrainian delegation at the next round in Abu Dhabi."
                + " Officials described the mood as constructive."));
    own.put(article("other", "Fighting continued near the front line as winter set in."));
    PassageSearcher s = new PassageSearcher(own, Fixtures.synonyms(), SearchTuning.defaults(), 3);
    Passage p = s.answer("Who will lead the delegation in Abu Dhabi?").passages().get(0);
    assertEquals(3, p.sentences().size());
    assertEquals(1, p.answer());
    assertTrue(
        p.answerSentence().text().startsWith("Rustem Umerov will lead"), p.answerSentence().text());
    assertTrue(
        p.answerSentence().highlighted().contains("<b>Abu</b> <b>Dhabi</b>"),
        p.answerSentence().highlighted());
    own.close();
  }

  @Test
  void highlightedTextIsEscapedHtml() throws Exception {
    SearchIndex own = SearchIndex.inMemory();
    own.put(article("esc", "Talks <b>really</b> & 1 < 2 about the ceasefire in Geneva went on."));
    PassageSearcher s = new PassageSearcher(own, Fixtures.synonyms(), SearchTuning.defaults(), 3);
    Passage p = s.answer("ceasefire Geneva").passages().get(0);
    assertEquals(
        "Talks &lt;b&gt;really&lt;/b&gt; &amp; 1 &lt; 2 about the <b>ceasefire</b> in <b>Geneva</b> went on.",
        p.highlighted());
    own.close();
  }

  @Test
  void pagesThroughFurtherPassages() throws Exception {
    List<Passage> first = searcher.answer("Witkoff Moscow meeting", 0, 3).passages();
    List<Passage> next = searcher.answer("Witkoff Moscow meeting", 3, 3).passages();
    assertEquals(4, next.get(0).rank());
    assertTrue(
        first.stream().noneMatch(p -> next.stream().anyMatch(n -> n.text().equals(p.text()))));
  }

  static Article article(String id, String... paragraphs) {
    List<Paragraph> ps = new java.util.ArrayList<>();
    for (int i = 0; i < paragraphs.length; i++) ps.add(new Paragraph(i + 1, null, paragraphs[i]));
    return new Article(
        id, "Title of " + id, "Test wire", null, null, id + ".txt", "hash-" + id, ps);
  }
}
