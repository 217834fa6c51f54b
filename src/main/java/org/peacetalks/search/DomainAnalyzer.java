package org.peacetalks.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * English analysis for paragraphs and questions alike: standard tokenizer, possessives ("Russia's"
 * → russia), lower case, accent folding, stop words (articles, pronouns and the words questions are
 * made of, like "what" or "does"), Porter stemming. Synonyms are applied on the query side by
 * {@link QueryPlanner}, so editing config/synonyms.txt needs no reindex.
 *
 * <p>Thread-safe, as every Lucene {@link Analyzer}.
 */
final class DomainAnalyzer extends Analyzer {
  /** Lucene's English stop words plus the function words of questions. */
  static final CharArraySet STOP_WORDS;

  static {
    List<String> words =
        new ArrayList<>(
            List.of(
                // question words and auxiliaries
                "what",
                "which",
                "who",
                "whom",
                "whose",
                "when",
                "where",
                "why",
                "how",
                "whether",
                "do",
                "does",
                "did",
                "doing",
                "done",
                "has",
                "have",
                "had",
                "having",
                "am",
                "been",
                "being",
                "can",
                "could",
                "would",
                "should",
                "shall",
                "may",
                "might",
                "must",
                "ought",
                // pronouns and determiners
                "i",
                "me",
                "my",
                "myself",
                "we",
                "our",
                "ours",
                "you",
                "your",
                "yours",
                "he",
                "him",
                "his",
                "himself",
                "she",
                "her",
                "hers",
                "its",
                "itself",
                "them",
                "themselves",
                "those",
                "whoever",
                "each",
                "both",
                "few",
                "more",
                "most",
                "other",
                "own",
                "same",
                "many",
                "much",
                "every",
                // particles and adverbs that carry no topic
                "about",
                "any",
                "some",
                "so",
                "than",
                "too",
                "very",
                "just",
                "also",
                "from",
                "again",
                "once",
                "here",
                "now",
                "then",
                "up",
                "down",
                "out",
                "off",
                "over",
                "still",
                "yet",
                "ever",
                "even",
                "only",
                "nor",
                "further",
                "because",
                "until",
                "while",
                "during",
                "before",
                "after",
                "above",
                "below",
                "against",
                "between",
                "through",
                "s",
                "t",
                "d",
                "ll",
                "re",
                "ve",
                "m",
                // conversational filler
                "tell",
                "please",
                "know",
                "really",
                "actually",
                "anything",
                "something",
                "thing",
                "things",
                "get",
                "got",
                "going",
                "let",
                "lets",
                "according",
                "regarding",
                "concerning",
                // contractions of the function words above (the tokenizer keeps them whole)
                "won't",
                "don't",
                "doesn't",
                "didn't",
                "can't",
                "cannot",
                "couldn't",
                "wouldn't",
                "shouldn't",
                "isn't",
                "aren't",
                "wasn't",
                "weren't",
                "hasn't",
                "haven't",
                "hadn't",
                "mustn't",
                "i'm",
                "i've",
                "i'd",
                "i'll",
                "you're",
                "you've",
                "you'll",
                "we're",
                "we've",
                "they're",
                "they've",
                "it's",
                "that's",
                "what's",
                "who's",
                "where's",
                "how's",
                "when's",
                "why's",
                "there's",
                "here's",
                "let's",
                "she's",
                "he's",
                "you'd",
                "he'd",
                "she'd",
                "we'd",
                "they'd",
                "we'll",
                "they'll",
                "it'll",
                "that'll",
                "ain't",
                "needn't",
                "could've",
                "would've",
                "should've",
                // the same typed without the apostrophe, as chat often is
                "wont",
                "dont",
                "doesnt",
                "didnt",
                "cant",
                "couldnt",
                "wouldnt",
                "shouldnt",
                "isnt",
                "arent",
                "wasnt",
                "werent",
                "hasnt",
                "havent",
                "hadnt",
                "mustnt",
                "neednt",
                "aint",
                "youve",
                "youll",
                "weve",
                "theyve",
                "theyll",
                "itll",
                "thatll",
                "shes",
                "wheres",
                "heres",
                "couldve",
                "wouldve",
                "shouldve",
                "im",
                "ive",
                "youre",
                "theyre",
                "thats",
                "whats",
                "whos",
                "hows",
                "whens",
                "whys",
                "theres",
                "lets",
                // chat abbreviations of function words and filler
                "u",
                "ur",
                "r",
                "n",
                "w",
                "pls",
                "plz",
                "thx",
                "ty",
                "wdym",
                "idk",
                "imo",
                "imho",
                "tbh",
                "btw",
                "rn",
                "fyi",
                "afaik",
                "iirc",
                "lol",
                "ok",
                "okay",
                "smth",
                "sth",
                "tho",
                "cuz",
                "coz",
                "bc",
                "gonna",
                "wanna",
                "gotta",
                "kinda",
                "sorta",
                "ya",
                "yeah",
                "yep",
                "nope",
                "hey",
                "hi",
                "hello",
                "guys",
                "anyone",
                "someone",
                "anybody",
                "somebody"));
    CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
    set.addAll(words);
    STOP_WORDS = CharArraySet.unmodifiableSet(set);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream stream = new EnglishPossessiveFilter(source);
    stream = new LowerCaseFilter(stream);
    stream = new ASCIIFoldingFilter(stream);
    stream = new StopFilter(stream, STOP_WORDS);
    stream = new PorterStemFilter(stream);
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }

  /** A token of analysed text: its indexed term and where it stands in the original. */
  record Token(String term, int start, int end) {}

  /**
   * A lower-case word as written without an English possessive ending ("moscow's", "moscow’s" →
   * "moscow"), for comparing written words outside the analysis chain, which drops it as a filter.
   */
  static String withoutPossessive(String word) {
    return word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word;
  }

  /** The analysed tokens of {@code text}, in order. */
  List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    try (TokenStream ts = tokenStream(IndexSchema.TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
      }
      ts.end();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("analysing in-memory text failed", e);
    }
    return out;
  }
}
