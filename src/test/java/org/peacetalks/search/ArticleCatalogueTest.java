package org.peacetalks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.peacetalks.corpus.Paragraph;

class ArticleCatalogueTest {
  private static List<String> texts(List<Paragraph> ps) {
    return ps.stream().map(Paragraph::text).toList();
  }

  @Test
  void findsArticlesAndTheirFirstParagraphsAcrossCommitsReplacementsAndRemovals() throws Exception {
    try (SearchIndex index = SearchIndex.inMemory()) {
      // One commit each: several segments, and an article replaced in a later one.
      index.put(PassageSearcherTest.article("a", "A one.", "A two.", "A three.", "A four."));
      index.put(PassageSearcherTest.article("b", "B one."));
      index.put(PassageSearcherTest.article("c", "C one.", "C two."));
      index.put(PassageSearcherTest.article("a", "A new one.", "A new two."));
      index.remove("c");

      List<ArticleSummary> found = index.find(List.of("a", "b", "c", "missing", "a"));
      // A removed or unknown id is left out, a repeated one is there once.
      assertEquals(
          Map.of("a", 2, "b", 1),
          found.stream().collect(Collectors.toMap(ArticleSummary::id, ArticleSummary::paragraphs)));
      assertEquals(2, found.size());

      Map<String, List<Paragraph>> first =
          index.paragraphs(List.of("a", "b", "c", "missing"), 1, 3);
      assertEquals(List.of("A new one.", "A new two."), texts(first.get("a")));
      assertEquals(List.of("B one."), texts(first.get("b")));
      assertEquals(2, first.size(), "an article with none of those paragraphs is absent");
      assertEquals(
          List.of(2), first.get("a").subList(1, 2).stream().map(Paragraph::ordinal).toList());

      Map<String, List<Paragraph>> later = index.paragraphs(List.of("a", "b"), 2, 3);
      assertEquals(List.of("A new two."), texts(later.get("a")));
      assertEquals(Map.of("a", later.get("a")), later);
    }
  }

  @Test
  void readsTheRightParagraphsOfAnArticleWithManyOnesAmongOthersInOneSegment() throws Exception {
    try (SearchIndex index = SearchIndex.inMemory()) {
      index.putAll(
          List.of(
              PassageSearcherTest.article("x", "X1.", "X2.", "X3.", "X4.", "X5."),
              PassageSearcherTest.article("y", "Y1.", "Y2.", "Y3.", "Y4.", "Y5."),
              PassageSearcherTest.article("z", "Z1.")));
      Map<String, List<Paragraph>> mid = index.paragraphs(List.of("y", "x", "z"), 2, 4);
      assertEquals(List.of("Y2.", "Y3.", "Y4."), texts(mid.get("y")));
      assertEquals(List.of("X2.", "X3.", "X4."), texts(mid.get("x")));
      assertEquals(2, mid.size());
      assertEquals(3, index.find(List.of("x", "y", "z")).size());
    }
  }
}
