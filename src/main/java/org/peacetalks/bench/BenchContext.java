package org.peacetalks.bench;

import java.nio.file.Path;
import java.util.Objects;
import org.peacetalks.config.BotConfig;

/**
 * What a {@link Probe} gets to measure with.
 *
 * @param config the bot's configuration with its paths on the bench's synthetic articles ({@code
 *     articlesDir}) and the lexical index already built from them ({@code indexDir})
 * @param source the text the synthetic corpus is made of, to make another (smaller) one
 * @param questions the questions of this run
 * @param semanticParagraphs the corpus size for hybrid figures ({@code --semantic-paragraphs})
 * @param seed the seed of this run, for corpora a probe makes
 * @param workDir a scratch folder of this run, deleted afterwards
 */
public record BenchContext(
    BotConfig config,
    SourceText source,
    QuestionSet questions,
    int semanticParagraphs,
    long seed,
    Path workDir) {
  public BenchContext {
    Objects.requireNonNull(config, "config == null");
    Objects.requireNonNull(source, "source == null");
    Objects.requireNonNull(questions, "questions == null");
    Objects.requireNonNull(workDir, "workDir == null");
  }
}
