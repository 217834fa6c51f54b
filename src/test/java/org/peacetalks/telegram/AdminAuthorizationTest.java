package org.peacetalks.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peacetalks.admin.IntakeResult;
import org.peacetalks.telegram.admin.AdminFeature;
import org.peacetalks.telegram.admin.AdminReplies;
import org.peacetalks.telegram.answer.CallbackHandler;
import org.peacetalks.telegram.answer.InlineAnswerer;
import org.peacetalks.telegram.answer.QuestionAnswerer;
import org.telegram.telegrambots.meta.api.methods.GetFile;

/**
 * Who may run each admin command, through the real router and the feature's real commands: the bot
 * admin; not someone else; not a group's administrator who is not a bot admin (the bot never asks
 * Telegram about chat roles for these).
 */
class AdminAuthorizationTest {
  static final long GROUP = -100555;
  static final long STRANGER = 5;

  /** An administrator of GROUP, but not a bot admin. */
  static final long GROUP_ADMIN = 6;

  @TempDir Path dir;
  AdminTestBed bed;
  UpdateRouter router;
  AdminFeature feature;
  String existingId;
  QuestionAnswerer questions;

  @BeforeEach
  void setUp() throws Exception {
    bed = new AdminTestBed(dir);
    IntakeResult r = bed.intake.addFile("a.txt", AdminTestBed.ARTICLE);
    existingId = r.articleId();
    bed.added.clear();
    feature =
        new AdminFeature(
            bed.intake,
            bed.reindexer,
            bed.index,
            bed.forgotten::add,
            AdminFeature.SUBSCRIPTIONS_UNKNOWN,
            AdminTestBed.MAX_BYTES,
            "test",
            Clock.systemUTC(),
            texts -> List.of());
    CommandRegistry registry = new CommandRegistry();
    feature.register(registry, bed.context());
    questions = mock(QuestionAnswerer.class);
    router =
        new UpdateRouter(
            bed.context(),
            registry,
            questions,
            mock(CallbackHandler.class),
            mock(InlineAnswerer.class),
            mock(BlockedChats.class),
            List.of());
  }

  @AfterEach
  void tearDown() throws Exception {
    feature.close();
    bed.close();
  }

  private void route(ObjectNode update) {
    router.route(TestUpdates.parse(update));
  }

  private String command(String name) {
    return switch (name) {
      case "remove" -> "/remove " + existingId;
      case "add" ->
          "/add Ceasefire holds in Kherson\nThe ceasefire in Kherson held for a third day.";
      default -> "/" + name;
    };
  }

  private void assertNothingHappened() throws Exception {
    assertEquals(1, bed.index.articles().size(), "the index is untouched");
    assertEquals(List.of(existingId + ".txt"), bed.files(), "the folder is untouched");
    assertEquals(List.of(), bed.forgotten);
    assertEquals(List.of(), bed.added);
    verify(bed.sender, never()).execute(any(GetFile.class));
    verify(bed.sender, never()).edit(any());
    verifyNoInteractions(bed.client); // in particular, no getChatMember: chat roles do not count
    assertTrue(
        bed.sent().stream().allMatch(UpdateRouter.ADMINS_ONLY::equals), bed.sent().toString());
    assertEquals(1, bed.sent().size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"reindex", "add", "remove", "stats"})
  void aUserWhoIsNotABotAdminIsRefusedInPrivate(String name) throws Exception {
    route(TestUpdates.text(1, STRANGER, STRANGER, command(name)));
    assertNothingHappened();
  }

  @ParameterizedTest
  @ValueSource(strings = {"reindex", "add", "remove", "stats"})
  void aGroupAdministratorWhoIsNotABotAdminIsRefusedInTheGroup(String name) throws Exception {
    String text = command(name).replaceFirst("^/(\\w+)", "/$1@" + TestUpdates.BOT_NAME);
    route(TestUpdates.text(1, GROUP, GROUP_ADMIN, text));
    assertNothingHappened();
  }

  @ParameterizedTest
  @ValueSource(strings = {"reindex", "add", "remove", "stats"})
  void theBotAdminIsServed(String name) throws Exception {
    route(TestUpdates.text(1, AdminTestBed.ADMIN, AdminTestBed.ADMIN, command(name)));
    List<String> sent = bed.sent();
    assertTrue(
        !sent.isEmpty() && sent.stream().noneMatch(UpdateRouter.ADMINS_ONLY::equals),
        sent.toString());
    switch (name) {
      case "remove" -> assertEquals(List.of(existingId), bed.forgotten);
      case "add" -> assertEquals(1, bed.added.size(), sent.toString());
      case "stats" -> assertTrue(sent.get(0).contains("Bot figures"), sent.toString());
      default -> assertEquals(AdminReplies.reindexStarted(), sent.get(0));
    }
  }

  @Test
  void theBotAdminIsServedInAGroupToo() throws Exception {
    route(TestUpdates.text(1, GROUP, AdminTestBed.ADMIN, "/stats@" + TestUpdates.BOT_NAME));
    assertTrue(bed.lastSent().contains("Bot figures"), bed.lastSent());
  }

  @Test
  void anUploadFromAStrangerIsNeverDownloaded() throws Exception {
    ObjectNode update = TestUpdates.text(1, STRANGER, STRANGER, "/add");
    ObjectNode m = (ObjectNode) update.get("message");
    m.put("caption", m.remove("text").asText());
    m.set("caption_entities", m.remove("entities"));
    m.putObject("document")
        .put("file_id", "F1")
        .put("file_unique_id", "U1")
        .put("file_name", "x.txt")
        .put("file_size", 10);
    route(update);
    assertNothingHappened();
  }
}
