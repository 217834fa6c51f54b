package org.peacetalks.telegram.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.peacetalks.admin.IntakeResult;

class AdminRepliesTest {
  @Test
  void serverPathsAreCutToTheirLastPart() {
    assertEquals("the index at lucene is locked by another process",
        AdminReplies.withoutPaths("the index at /srv/peacetalks/index/lucene is locked by another process"));
    assertEquals("articles folder articles does not exist",
        AdminReplies.withoutPaths("articles folder /home/bot/index/articles/ does not exist"));
    assertEquals("cannot write added-1.txt: disk full",
        AdminReplies.withoutPaths("cannot write C:\\bots\\peace\\articles\\added-1.txt: disk full"));
    assertEquals("state database bot.db: [SQLITE_FULL] database or disk is full",
        AdminReplies.withoutPaths("state database /var/lib/bot/data/bot.db: [SQLITE_FULL] database or disk is full"));
    assertEquals("Only .txt, .md and .html files can be added (this one is .pdf).",
        AdminReplies.withoutPaths("Only .txt, .md and .html files can be added (this one is .pdf)."), "no path, no change");
    assertEquals("3/4 paragraphs, and/or U.S. talks", AdminReplies.withoutPaths("3/4 paragraphs, and/or U.S. talks"));
  }

  @Test
  void aFailedReindexNamesNoServerPath() {
    String reply = AdminReplies.reindexFailed("articles folder /srv/peacetalks/index/articles does not exist");
    assertFalse(reply.contains("/srv"), reply);
    assertTrue(reply.contains("articles folder articles does not exist"), reply);
  }

  @Test
  void anAddThatCouldNotBeRecordedSaysSoInsteadOfATick() {
    String done = AdminReplies.intake(new IntakeResult(IntakeResult.Outcome.ADDED, "added-1", "Talks", 3, null));
    assertTrue(done.startsWith("✅ Added"), done);
    String partial = AdminReplies.intake(new IntakeResult(IntakeResult.Outcome.ADDED, "added-1", "Talks", 3,
        "it is indexed and answers questions, but could not be recorded for the daily digest yet;"
            + " the bot records it when it next starts."));
    assertFalse(partial.contains("✅"), partial);
    assertTrue(partial.startsWith("⚠️ Added"), partial);
    assertTrue(partial.contains("could not be recorded for the daily digest"), partial);
  }
}
