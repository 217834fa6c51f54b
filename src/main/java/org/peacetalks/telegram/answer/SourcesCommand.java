package org.peacetalks.telegram.answer;

import java.io.IOException;
import org.peacetalks.search.SearchIndex;
import org.peacetalks.telegram.Command;
import org.peacetalks.telegram.Conversation;
import org.peacetalks.telegram.Permissions;
import org.peacetalks.telegram.Sender;
import org.peacetalks.wording.Texts;

/**
 * {@code /sources}: the indexed articles with their sources and links; bot admins also see each
 * article's id (for {@code /remove ID}).
 */
public final class SourcesCommand implements Command {
  private final SearchIndex index;
  private final AnswerFormatter formatter;
  private final Sender sender;
  private final Permissions permissions;

  public SourcesCommand(
      SearchIndex index, AnswerFormatter formatter, Sender sender, Permissions permissions) {
    this.permissions = permissions;
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
    sender.send(
        where
            .reply(
                formatter.sources(
                    index.articles(), permissions.isBotAdmin(where.userId()), where.texts()))
            .build());
  }
}
