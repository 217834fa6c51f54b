package org.peacetalks.telegram.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.admin.IntakeResult;
import org.peacetalks.telegram.AdminTestBed;
import org.peacetalks.telegram.Permissions;
import org.peacetalks.telegram.TelegramHtml;

class SourcesCommandTest {
  @TempDir Path dir;

  @Test
  void botAdminsSeeArticleIdsOthersDoNot() throws Exception {
    try (AdminTestBed bed = new AdminTestBed(dir)) {
      IntakeResult r = bed.intake.addFile("a.txt", AdminTestBed.ARTICLE);
      SourcesCommand sources =
          new SourcesCommand(
              bed.index,
              new AnswerFormatter(),
              bed.sender,
              new Permissions(Set.of(AdminTestBed.ADMIN), bed.sender, Clock.systemUTC()));
      sources.handle(AdminTestBed.privateChat(5), "");
      assertFalse(bed.lastSent().contains("<code>" + r.articleId() + "</code>"), bed.lastSent());
      sources.handle(AdminTestBed.privateChat(AdminTestBed.ADMIN), "");
      assertTrue(bed.lastSent().contains("id: <code>" + r.articleId() + "</code>"), bed.lastSent());
      assertNull(TelegramHtml.problem(bed.lastSent()));
    }
  }
}
