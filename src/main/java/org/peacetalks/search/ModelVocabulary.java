package org.peacetalks.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

/**
 * The whole words of the embedding model's WordPiece vocabulary (about 20,000 of the commonest
 * English words and names, read from the tokenizer that ships with the model). A word the articles
 * never use but the model knows as a whole ("nice", "phone call") is ordinary English; one it has
 * to spell in pieces ("erdogan", "lukashenko") is a rare word or a name, which the no-answer
 * decision weighs as evidence that the question is about something the articles lack.
 *
 * <p>Immutable and thread-safe; loaded once, on first use.
 */
final class ModelVocabulary {
  static final String TOKENIZER = "/bge-small-en-v1.5-q-tokenizer.json";

  private final Set<String> words;

  private ModelVocabulary(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  /** The vocabulary of the bundled model, loaded on first use. */
  static ModelVocabulary shared() {
    return Holder.SHARED;
  }

  private static final class Holder {
    static final ModelVocabulary SHARED = load(TOKENIZER);
  }

  /** Whether {@code lowerCaseWord} is one token of the vocabulary. */
  boolean containsWord(String lowerCaseWord) {
    return words.contains(lowerCaseWord);
  }

  /** Reads the {@code model.vocab} keys of a Hugging Face tokenizer.json, skipping word pieces. */
  static ModelVocabulary load(String resource) {
    try (InputStream in = ModelVocabulary.class.getResourceAsStream(resource)) {
      if (in == null)
        throw new IllegalStateException(
            "the embedding model's tokenizer " + resource + " is not on the class path");
      Set<String> out = new HashSet<>();
      try (JsonParser p = new JsonFactory().createParser(in)) {
        // tokenizer.json: {"model": {"vocab": {"[PAD]": 0, "the": 1996, "##s": 2015, ...}}}
        int depth = 0;
        boolean inVocab = false;
        String path = "";
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
          if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            depth++;
            if (depth == 3 && path.equals("model.vocab") && t == JsonToken.START_OBJECT)
              inVocab = true;
          } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
            if (depth == 3) inVocab = false;
            depth--;
          } else if (t == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            if (depth == 1) path = name;
            else if (depth == 2 && path.startsWith("model")) path = "model." + name;
            else if (inVocab && depth == 3 && isWord(name)) out.add(name);
          }
        }
      }
      return new ModelVocabulary(out);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + resource, e);
    }
  }

  /** A whole word of letters, not a word piece ("##ing"), a symbol or a special token ("[CLS]"). */
  private static boolean isWord(String token) {
    if (token.isEmpty() || token.startsWith("##")) return false;
    for (int i = 0; i < token.length(); i++) if (!Character.isLetter(token.charAt(i))) return false;
    return true;
  }
}
