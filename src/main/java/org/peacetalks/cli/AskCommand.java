package org.peacetalks.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.peacetalks.search.Answer;
import org.peacetalks.search.PassageSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ask}: answers one question, or every line of standard input. Builds the index first when
 * there is none.
 */
@Command(
    name = "ask",
    description = {
      "Answer a question from the articles.",
      "With no question, reads questions from standard input, one per line."
    })
final class AskCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "one JSON object per question (JSON Lines)")
  boolean json;

  @Option(
      names = "--top",
      paramLabel = "N",
      description = "passages per answer (default: search.passages)")
  Integer top;

  @Parameters(
      paramLabel = "QUESTION",
      arity = "0..*",
      description = "the question (words may be unquoted)")
  List<String> words;

  private java.util.function.Function<String, java.time.Instant> addedAt = id -> null;

  @Override
  public Integer call() throws Exception {
    if (top != null && (top < 1 || top > 50)) {
      spec.commandLine().getErr().println("error: --top must be from 1 to 50");
      return Main.EXIT_USAGE;
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Services services =
        IndexBootstrap.openWithIndex(main.config(), spec.commandLine().getErr())) {
      PassageSearcher searcher = services.searcher;
      addedAt = id -> AnswerWiring.addedAt(services, id);
      int limit = top != null ? top : searcher.defaultPassages();
      AnswerJson jsonForm = new AnswerJson(new ObjectMapper());
      if (words != null && !words.isEmpty()) {
        Answer answer = searcher.answer(String.join(" ", words), 0, limit);
        if (json) out.println(jsonForm.line(answer));
        else print(answer, out);
        out.flush();
        return answer.status() == Answer.Status.NOT_A_QUESTION ? Main.EXIT_USAGE : Main.EXIT_OK;
      }
      BufferedReader in =
          new BufferedReader(new InputStreamReader(main.stdin(), StandardCharsets.UTF_8));
      boolean first = true;
      for (String line; (line = in.readLine()) != null; first = false) {
        // A byte order mark (Windows editors write one) is no part of the first question.
        if (first && line.startsWith("\uFEFF")) line = line.substring(1);
        Answer answer = searcher.answer(line, 0, limit);
        if (json) out.println(jsonForm.line(answer));
        else print(answer, out);
        out.flush();
      }
      return Main.EXIT_OK;
    }
  }

  private void print(Answer answer, PrintWriter out) {
    boolean ansi = System.console() != null && !main.env("NO_COLOR").isPresent();
    new TerminalAnswer(ansi, java.time.Clock.systemUTC(), addedAt).print(answer, out);
  }
}
