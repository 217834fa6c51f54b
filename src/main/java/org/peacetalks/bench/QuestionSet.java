package org.peacetalks.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The questions a bench run asks: every question of the eval files (the {@code "q"} field of each
 * JSON line) and, to make up the count, phrases taken from the synthetic corpus and worded as
 * questions. Deterministic for the same inputs and seed.
 *
 * @param questions the questions, in the order they are asked
 * @param fromEval for each question, whether it came from an eval file (else it is a corpus phrase)
 */
public record QuestionSet(List<String> questions, List<Boolean> fromEval) {
  private static final Pattern WORD =
      Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.,-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");
  private static final String[] FORMS = {
    "%s?", "What about %s?", "what did they say on %s", "Why %s?"
  };
  private static final int MIN_PHRASE_WORDS = 2;
  private static final int MAX_PHRASE_WORDS = 7;

  public QuestionSet {
    questions = List.copyOf(questions);
    fromEval = List.copyOf(fromEval);
    if (fromEval.size() != questions.size())
      throw new IllegalArgumentException("a fromEval flag per question");
  }

  /** How many questions came from eval files. */
  public int evalQuestions() {
    return (int) fromEval.stream().filter(b -> b).count();
  }

  /**
   * The {@code "q"} of every line of every {@code *.jsonl} file in {@code folder}, files in name
   * order.
   */
  public static List<String> readEvalQuestions(Path folder, ObjectMapper mapper)
      throws IOException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, "*.jsonl")) {
      dir.forEach(files::add);
    }
    Collections.sort(files);
    List<String> out = new ArrayList<>();
    for (Path file : files) {
      int lineNo = 0;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        lineNo++;
        if (line.isBlank()) continue;
        JsonNode q;
        try {
          q = mapper.readTree(line).get("q");
        } catch (IOException e) {
          throw new IOException(
              "eval file " + file + " line " + lineNo + " is not JSON: " + e.getMessage(), e);
        }
        if (q != null && q.isTextual() && !q.asText().isBlank()) out.add(q.asText());
      }
    }
    return out;
  }

  /**
   * {@code count} questions: the eval questions (all of them, or the first {@code count}) and
   * corpus phrases, in a seeded shuffle so the two kinds are interleaved.
   */
  public static QuestionSet build(
      List<String> evalQuestions, SyntheticCorpus corpus, int count, long seed) {
    if (count < 1) throw new IllegalArgumentException("count < 1: " + count);
    record Asked(String question, boolean fromEval) {}
    List<Asked> out = new ArrayList<>(count);
    for (String q : evalQuestions.subList(0, Math.min(count, evalQuestions.size())))
      out.add(new Asked(q, true));
    SplittableRandom random = new SplittableRandom(seed);
    while (out.size() < count) {
      SyntheticCorpus.Generated article = corpus.article(random.nextInt(corpus.articles()));
      String paragraph = article.paragraphs().get(random.nextInt(article.paragraphs().size()));
      String phrase = phrase(paragraph, random);
      if (phrase != null)
        out.add(new Asked(String.format(FORMS[random.nextInt(FORMS.length)], phrase), false));
    }
    Collections.shuffle(out, new Random(seed));
    return new QuestionSet(
        out.stream().map(Asked::question).toList(), out.stream().map(Asked::fromEval).toList());
  }

  /** A run of 2–7 consecutive words of the text, or null when it has too few. */
  static String phrase(String text, SplittableRandom random) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) words.add(m.group());
    if (words.size() < MIN_PHRASE_WORDS) return null;
    int length = MIN_PHRASE_WORDS + random.nextInt(MAX_PHRASE_WORDS - MIN_PHRASE_WORDS + 1);
    length = Math.min(length, words.size());
    int start = random.nextInt(words.size() - length + 1);
    return String.join(" ", words.subList(start, start + length));
  }
}
