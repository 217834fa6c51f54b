package org.peacetalks.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;

/**
 * Spells a Cyrillic word in Latin letters (Ukrainian national and Russian BGN-style tables, as
 * English news spells names: Сибіга → sybiha, Каллас → kallas), for names the glossary does not
 * list. A spelling is used only when the index holds it or a word one or two letters from it
 * (Макрон → makron ≈ macron), so a word the articles do not have never enters the query.
 *
 * <p>Thread-safe.
 */
final class Transliterator {
  private static final Map<Character, String> UKRAINIAN =
      table(
          "а a б b в v г h ґ g д d е e є ie ж zh з z и y і i ї i й i к k л l м m н n о o п p р r с s т t"
              + " у u ф f х kh ц ts ч ch ш sh щ shch ь _ ю iu я ia ' _");
  private static final Map<Character, String> RUSSIAN =
      table(
          "а a б b в v г g д d е e ж zh з z и i й y к k л l м m н n о o п p р r с s т t у u ф f х kh"
              + " ц ts ч ch ш sh щ shch ъ _ ы y ь _ э e ю yu я ya ' _");
  private static final int MIN_LENGTH = 4;

  private final DomainAnalyzer english;

  /** Corrects within one edit (5–7 letters) or two (8 and more), as the query planner does. */
  private final DirectSpellChecker oneEdit = checker(1);

  private final DirectSpellChecker twoEdits = checker(2);

  Transliterator(DomainAnalyzer english) {
    this.english = english;
  }

  private static DirectSpellChecker checker(int edits) {
    DirectSpellChecker c = new DirectSpellChecker();
    c.setMaxEdits(edits);
    c.setMinPrefix(1);
    c.setMinQueryLength(5);
    c.setAccuracy(0.7f);
    return c;
  }

  private static Map<Character, String> table(String pairs) {
    String[] p = pairs.split(" ");
    Map<Character, String> map = new HashMap<>();
    for (int i = 0; i + 1 < p.length; i += 2)
      map.put(p[i].charAt(0), p[i + 1].equals("_") ? "" : p[i + 1]);
    return Map.copyOf(map);
  }

  /** The word in Latin letters, or {@code null} when the articles hold nothing like it. */
  String toIndexWord(String word, QuestionLanguage language, IndexReader reader)
      throws IOException {
    if (word.length() < MIN_LENGTH) return null;
    Map<Character, String> table = language == QuestionLanguage.UKRAINIAN ? UKRAINIAN : RUSSIAN;
    StringBuilder latin = new StringBuilder();
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      String s = table.get(c);
      if (s != null) {
        // Є, Ю, Я and Ї start a word as ye, yu, ya, yi in both tables' English usage.
        if (i == 0
            && language == QuestionLanguage.UKRAINIAN
            && (c == 'є' || c == 'ю' || c == 'я' || c == 'ї')) {
          s = "y" + (c == 'ї' ? "i" : s.substring(1));
        }
        latin.append(s);
      } else if (Character.isLetterOrDigit(c)) {
        latin.append(c);
      }
    }
    String spelled = latin.toString();
    List<DomainAnalyzer.Token> tokens = english.tokens(spelled);
    if (tokens.size() != 1) return null;
    String term = tokens.get(0).term();
    if (reader.docFreq(new Term(IndexSchema.TEXT, term)) > 0) return spelled;
    DirectSpellChecker checker = term.length() >= 8 ? twoEdits : oneEdit;
    // The planner makes the same correction when it plans the query.
    return checker.suggestSimilar(
                    new Term(IndexSchema.TEXT, term),
                    1,
                    reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)
                .length
            == 0
        ? null
        : spelled;
  }
}
