package org.peacetalks.telegram;

import java.io.IOException;
import java.util.Set;
import org.peacetalks.search.SearchIndex;
import org.peacetalks.wording.Texts;

/**
 * {@code /sources}: the indexed articles with their sources and links; bot admins also see each
 * article's id (for {@code /remove ID}).
 */
final class SourcesCommand implements Command {
  private final SearchIndex index;
  private final AnswerFormatter formatter;
  private final Sender sender;
  private final Set<Long> admins;

  SourcesCommand(SearchIndex index, AnswerFormatter formatter, Sender sender) {
    this(index, formatter, sender, Set.of());
  }

  SourcesCommand(SearchIndex index, AnswerFormatter formatter, Sender sender, Set<Long> admins) {
    this.admins = Set.copyOf(admins);
    this.index = index;
    this.formatter = formatter;
    this.sender = sender;
  }

  @Override
  public String name() {
    return "sources";
  }

  @Override
  public String description() {
    return Texts.english().get("command.sources");
  }

  @Override
  public void handle(Conversation where, String args) throws IOException {
    sender.send(where.reply(formatter.sources(index.articles(), admins.contains(where.userId()), where.texts())).build());
  }
}
