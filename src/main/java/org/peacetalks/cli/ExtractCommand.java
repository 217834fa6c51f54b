package org.peacetalks.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.peacetalks.corpus.Article;
import org.peacetalks.corpus.ArticleParser;
import org.peacetalks.corpus.Paragraph;
import org.peacetalks.corpus.UnreadableArticleException;
import org.peacetalks.corpus.UnreadableReason;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code extract}: what the index keeps of each file (title, source, date, passages under their
 * section headings), read exactly as {@code index} reads the articles folder, so an operator sees a
 * bad page before adding it.
 */
@Command(
    name = "extract",
    description = {
      "Print what the index keeps of each file: title, source, date, passages with their section headings.",
      "Exit 1 when any file was refused (the reason is printed)."
    })
final class ExtractCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Option(
      names = "--json",
      description = "one JSON line per file: file, title, source, published, passages, error")
  boolean json;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = ArticleParser.FORMATS + " files")
  List<Path> files;

  @Override
  public Integer call() throws Exception {
    ArticleParser parser = new ArticleParser(main.config().search().maxArticleBytes());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ObjectMapper mapper = new ObjectMapper();
    boolean anyRefused = false;
    for (Path file : files) {
      Article article = null;
      String error;
      try {
        // The file's own name, as the articles folder would hold it: it is the fallback source.
        article = parser.parse(file.getFileName().toString(), Files.readAllBytes(file));
        error = null;
      } catch (UnreadableArticleException e) {
        error = e.getMessage();
      } catch (IOException e) {
        error = UnreadableReason.of(UnreadableReason.Kind.CANNOT_READ, e.getMessage()).toString();
      }
      anyRefused |= error != null;
      if (json) {
        out.println(jsonLine(mapper, file.toString(), article, error));
      } else if (error != null) {
        err.printf("%s: refused: %s%n", file, error);
      } else {
        printText(file.toString(), article, out);
      }
    }
    out.flush();
    err.flush();
    return anyRefused ? Main.EXIT_FAILURE : Main.EXIT_OK;
  }

  static String jsonLine(ObjectMapper mapper, String file, Article article, String error) {
    ObjectNode root = mapper.createObjectNode();
    root.put("file", file);
    root.put("title", article == null ? null : article.title());
    root.put("source", article == null ? null : article.source());
    root.put("published", article == null ? null : article.published());
    ArrayNode passages = root.putArray("passages");
    if (article != null) {
      for (Paragraph p : article.paragraphs()) {
        ObjectNode n = passages.addObject();
        n.put("heading", p.section());
        n.put("text", p.text());
      }
    }
    root.put("error", error);
    try {
      return mapper.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree of strings always serialises", e);
    }
  }

  private static void printText(String file, Article article, PrintWriter out) {
    out.printf("== %s%n", file);
    out.printf("title:     %s%n", article.title());
    out.printf("source:    %s%n", article.source());
    out.printf("published: %s%n", article.published() == null ? "-" : article.published());
    out.printf("passages:  %d%n", article.paragraphs().size());
    String section = null;
    for (Paragraph p : article.paragraphs()) {
      if (p.section() != null && !p.section().equals(section)) out.printf("%n## %s%n", p.section());
      section = p.section();
      out.printf("%n[%d] %s%n", p.ordinal(), p.text());
    }
    out.println();
  }
}
