package org.peacetalks.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.peacetalks.corpus.Article;
import org.peacetalks.corpus.Paragraph;
import org.peacetalks.search.BagOfWordsVectors;
import org.peacetalks.search.PassageEmbedder;

/**
 * The decision by words (no model loaded), and what is handed to the model. The quality with the
 * real model: RelevanceQualityTest.
 */
class TopicRelevanceTest {
  final TopicRelevance byWords = new TopicRelevance(null, TopicRelevance.DEFAULT_THRESHOLD);

  static Article article(String title, String... paragraphs) {
    List<Paragraph> ps = new ArrayList<>();
    for (int i = 0; i < paragraphs.length; i++) ps.add(new Paragraph(i + 1, null, paragraphs[i]));
    return new Article("a", title, null, null, null, "a.md", "hash", ps);
  }

  @Test
  void aFeedItemOfTwoSentencesAboutTheTalksIsKept() {
    Article item =
        article(
            "Witkoff to fly to Moscow next week",
            "U.S. envoy Steve Witkoff will travel to Moscow to present the revised peace plan to Vladimir Putin, the Kremlin said. "
                + "Ukraine's delegation met U.S. officials in Florida on Sunday.");
    assertTrue(byWords.isOnTopic(item), "score " + byWords.score(item));
  }

  @Test
  void recipesSportAndOtherPeaceTalksAreSkipped() {
    Article recipe =
        article(
            "Our easiest weeknight soup",
            "Soften an onion and a carrot in butter, add grated beetroot and potatoes, then cover with stock and simmer.");
    Article football =
        article(
            "Arsenal beat Chelsea to go five points clear",
            "Arsenal beat Chelsea 2-0 on Sunday to move five points clear at the top of the Premier League.");
    Article otherTalks =
        article(
            "Hostage talks resume in Cairo",
            "Negotiators resumed indirect talks in Cairo on the second phase of the Gaza ceasefire, with Qatar mediating.");
    for (Article a : List.of(recipe, football, otherTalks)) {
      assertFalse(byWords.isOnTopic(a), a.title() + " scored " + byWords.score(a));
    }
  }

  @Test
  void ukrainianAndRussianItemsAreJudgedByTheirDomainWords() {
    Article talks =
        article(
            "Умєров: переговори зі США щодо мирного плану були продуктивними",
            "Секретар РНБО Рустем Умєров заявив, що переговори української делегації з представниками США були продуктивними.");
    Article strikes =
        article(
            "Песков: Кремль изучает новую версию мирного плана",
            "Пресс-секретарь Кремля Дмитрий Песков заявил, что Москва изучает американский мирный план по Украине.");
    Article recipe =
        article("Вареники з вишнями", "Для тіста змішайте борошно, воду, яйце та дрібку солі.");
    assertTrue(byWords.isOnTopic(talks), "uk " + byWords.score(talks));
    assertTrue(byWords.isOnTopic(strikes), "ru " + byWords.score(strikes));
    assertFalse(byWords.isOnTopic(recipe), "recipe " + byWords.score(recipe));
  }

  @Test
  void wholeWordStemsDoNotMatchLongerWords() {
    TopicWords.Counts c =
        TopicWords.count("A warning about frontend warranties in a кримінальна справа");
    assertEquals(0, c.names() + c.context(), c.toString());
    TopicWords.Counts d =
        TopicWords.count("The war in Ukraine and the front line in Crimea; окупований Крим");
    assertEquals(3, d.names(), d.toString()); // Ukraine, Crimea, Крим
    assertEquals(3, d.distinctNames(), d.toString());
    assertEquals(3, d.context(), d.toString()); // war, front, окупований
  }

  @Test
  void cyrillicTextIsNeverGivenToTheEnglishModel() {
    AtomicInteger embedded = new AtomicInteger();
    PassageEmbedder model =
        new PassageEmbedder() {
          @Override
          public int dimension() {
            return 32;
          }

          @Override
          public List<float[]> embedPassages(List<String> passages) {
            embedded.addAndGet(passages.size());
            return BagOfWordsVectors.ofEach(passages, 32);
          }

          @Override
          public float[] embedQuery(String question) {
            return BagOfWordsVectors.of(question, 32);
          }
        };
    TopicRelevance relevance = new TopicRelevance(model, 0.5);
    int topic = embedded.get();
    assertFalse(
        relevance
            .signals(article("Песков: Кремль изучает план", "Москва изучает мирный план."))
            .semantic());
    assertEquals(topic, embedded.get());
    TopicRelevance.Signals english =
        relevance.signals(
            article("Envoys meet", "One.", "Two.", "Three.", "4", "5", "6", "7", "8", "9"));
    assertTrue(english.semantic());
    assertEquals(
        1 + TopicRelevance.FIRST_PARAGRAPHS,
        embedded.get() - topic,
        "the title and the first paragraphs only");
  }

  @Test
  void thresholdMustBeAProbability() {
    assertThrows(IllegalArgumentException.class, () -> new TopicRelevance(null, 0));
    assertThrows(IllegalArgumentException.class, () -> new TopicRelevance(null, 1.2));
  }
}
