package org.peacetalks.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads question files: JSON Lines with id, q, answers, oos. */
public final class QuestionFile {
  private static final ObjectMapper JSON = new ObjectMapper();

  private QuestionFile() {}

  /** @throws IOException naming the file and line of a malformed question */
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
        out.add(new EvalQuestion(n.path("id").asText("line " + (i + 1)), n.get("q").asText(), answers,
            n.path("oos").asBoolean(false)));
      } catch (IOException e) {
        throw new IOException(file + " line " + (i + 1) + ": not a question (" + e.getMessage() + ")", e);
      }
    }
    return out;
  }
}
