package org.peacetalks.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads question files: JSON Lines with id, q, answers, oos and a note that names the kind of an
 * out-of-scope one.
 */
public final class QuestionFile {
  private static final ObjectMapper JSON = new ObjectMapper();

  private QuestionFile() {}

  /**
   * @throws IOException naming the file and line of a malformed question
   */
  public static List<EvalQuestion> read(Path file) throws IOException {
    List<EvalQuestion> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) continue;
      try {
        JsonNode n = JSON.readTree(line);
        List<String> answers = new ArrayList<>();
        n.path("answers").forEach(a -> answers.add(a.asText()));
        if (!n.hasNonNull("q")) throw new IOException("no \"q\" field");
        boolean oos = n.path("oos").asBoolean(false);
        EvalQuestion.Kind kind =
            oos
                ? EvalQuestion.Kind.ofNote(n.path("note").asText(""))
                : EvalQuestion.Kind.ANSWERABLE;
        out.add(
            new EvalQuestion(
                file.getFileName().toString(),
                n.path("id").asText("line " + (i + 1)),
                n.get("q").asText(),
                answers,
                oos,
                kind));
      } catch (IOException e) {
        throw new IOException(
            file + " line " + (i + 1) + ": not a question (" + e.getMessage() + ")", e);
      }
    }
    return out;
  }
}
