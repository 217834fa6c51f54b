package org.peacetalks.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peacetalks.config.BotConfig;
import org.peacetalks.config.ConfigException;
import org.peacetalks.eval.EvalQuestion;

/**
 * The indexes {@code eval} answers over: the {@code --corpus} folders (or the configured index
 * without them) for most question files, and for a file that comes with its own articles, those
 * folders plus its own (the command asks for {@code --corpus} then). A set of new articles and the
 * questions written about them is then judged as a user of a grown corpus would meet it, while the
 * other files' out-of-scope questions stay out of scope. On request a file's own articles are also
 * indexed alone, as the small corpus a new bot starts with.
 */
final class EvalCorpora implements AutoCloseable {
  /** What runs over one index for the questions that index answers. */
  interface Run<T> {
    List<T> over(Services services, List<EvalQuestion> questions) throws Exception;
  }

  /** How a file's questions answered over its own articles alone are reported: "FILE (alone)". */
  static final String ALONE = " (alone)";

  private final Services shared;
  private final Map<Path, Services> own = new LinkedHashMap<>();
  private final Map<Path, Services> alone = new LinkedHashMap<>();
  private final Map<String, Path> ownByFile = new LinkedHashMap<>();

  /**
   * @param ownCorpus question file → the folder of its own articles (one of the {@code corpus}
   *     folders, too, when they are the shared ones)
   * @param indexAlone whether to index each such folder alone as well, for {@link #eachAlone}
   */
  EvalCorpora(
      BotConfig config,
      List<Path> corpus,
      Map<Path, Path> ownCorpus,
      boolean indexAlone,
      PrintWriter err)
      throws IOException, ConfigException {
    this.shared =
        corpus.isEmpty()
            ? IndexBootstrap.openWithIndex(config, err)
            : Services.inMemory(config, corpus);
    try {
      List<Path> sharedFolders = corpus.stream().map(c -> c.toAbsolutePath().normalize()).toList();
      for (Map.Entry<Path, Path> e : ownCorpus.entrySet()) {
        Path folder = e.getValue().toAbsolutePath().normalize();
        ownByFile.put(e.getKey().getFileName().toString(), folder);
        if (!own.containsKey(folder) && !sharedFolders.contains(folder)) {
          List<Path> folders = new ArrayList<>(corpus);
          folders.add(folder);
          own.put(folder, Services.inMemory(config, folders));
        }
        if (indexAlone && !alone.containsKey(folder))
          alone.put(folder, Services.inMemory(config, List.of(folder)));
      }
    } catch (IOException | ConfigException | RuntimeException e) {
      try {
        close();
      } catch (IOException | RuntimeException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  /**
   * Runs {@code run} over each index with the questions it answers, and joins what each returns in
   * the order of the questions' first appearance by index.
   */
  <T> List<T> each(List<EvalQuestion> questions, Run<T> run) throws Exception {
    Map<Services, List<EvalQuestion>> groups = new LinkedHashMap<>();
    for (EvalQuestion q : questions) {
      Path folder = ownByFile.get(q.file());
      Services services = folder == null ? shared : own.getOrDefault(folder, shared);
      groups.computeIfAbsent(services, s -> new ArrayList<>()).add(q);
    }
    return over(groups, run);
  }

  /**
   * Runs {@code run} over each file's own articles indexed alone, with that file's questions; the
   * questions of files without their own articles are left out.
   *
   * @throws IllegalStateException when the folders were not indexed alone
   */
  <T> List<T> eachAlone(List<EvalQuestion> questions, Run<T> run) throws Exception {
    if (alone.isEmpty() && !ownByFile.isEmpty())
      throw new IllegalStateException("own articles were not indexed alone");
    Map<Services, List<EvalQuestion>> groups = new LinkedHashMap<>();
    for (EvalQuestion q : questions) {
      Path folder = ownByFile.get(q.file());
      if (folder != null) groups.computeIfAbsent(alone.get(folder), s -> new ArrayList<>()).add(q);
    }
    return over(groups, run);
  }

  private static <T> List<T> over(Map<Services, List<EvalQuestion>> groups, Run<T> run)
      throws Exception {
    List<T> out = new ArrayList<>();
    for (Map.Entry<Services, List<EvalQuestion>> g : groups.entrySet())
      out.addAll(run.over(g.getKey(), g.getValue()));
    return out;
  }

  @Override
  public void close() throws IOException {
    // Every index is closed even when one fails; the first failure is thrown, the others added.
    Exception failure = null;
    List<Services> all = new ArrayList<>(alone.values());
    all.addAll(own.values());
    all.add(shared); // each index is independent; the shared one, opened first, closes last
    for (Services s : all) {
      try {
        s.close();
      } catch (IOException | RuntimeException e) {
        if (failure == null) failure = e;
        else failure.addSuppressed(e);
      }
    }
    if (failure instanceof IOException io) throw io;
    if (failure instanceof RuntimeException unchecked) throw unchecked;
  }
}
