package org.peacetalks.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.peacetalks.telegram.answer.AnswerFormatter;
import org.peacetalks.telegram.answer.AskCommand;
import org.peacetalks.telegram.answer.CallbackHandler;
import org.peacetalks.telegram.answer.InlineAnswerer;
import org.peacetalks.telegram.answer.QuestionAnswerer;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.generics.TelegramClient;

class UpdateRouterTest {
  private static final long GROUP = -100123;
  private QuestionAnswerer questions;
  private CallbackHandler callbacks;
  private InlineAnswerer inline;
  private Sender sender;
  private BlockedChats blocked;
  private Command admin;
  private UpdateRouter router;

  @BeforeEach
  void setUp() {
    questions = mock(QuestionAnswerer.class);
    callbacks = mock(CallbackHandler.class);
    inline = mock(InlineAnswerer.class);
    sender = mock(Sender.class);
    blocked = mock(BlockedChats.class);
    when(sender.send(any())).thenReturn(Optional.of(new Message()));
    BotIdentity me = new BotIdentity(TestUpdates.BOT_ID, TestUpdates.BOT_NAME);
    CommandRegistry registry = new CommandRegistry();
    registry.register(new AskCommand(questions, sender));
    Permissions permissions = new Permissions(Set.of(7L), sender, Clock.systemUTC());
    registry.register(new HelpCommand(registry, me, new AnswerFormatter(), sender, permissions));
    admin = mock(Command.class);
    when(admin.name()).thenReturn("stats");
    when(admin.audience()).thenReturn(Command.Audience.ADMINS);
    registry.register(admin);
    router =
        new UpdateRouter(
            TestContexts.of(sender, mock(TelegramClient.class), permissions, Clock.systemUTC()),
            registry,
            questions,
            callbacks,
            inline,
            blocked,
            List.of());
  }

  private void route(com.fasterxml.jackson.databind.node.ObjectNode json) {
    router.route(TestUpdates.parse(json));
  }

  @Test
  void privateTextIsAQuestion() throws IOException {
    route(TestUpdates.text(1, 5, 5, "What does Russia demand?"));
    ArgumentCaptor<Conversation> where = ArgumentCaptor.forClass(Conversation.class);
    verify(questions).answer(where.capture(), eq("What does Russia demand?"));
    assertEquals(5, where.getValue().chatId());
    assertTrue(where.getValue().privateChat());
  }

  @Test
  void groupChatterIsIgnored() {
    route(TestUpdates.text(1, GROUP, 5, "what does russia demand"));
    verifyNoInteractions(questions, sender);
  }

  @Test
  void askInGroupWithAndWithoutOurMention() throws IOException {
    route(
        TestUpdates.text(1, GROUP, 5, "/ask@" + TestUpdates.BOT_NAME + " What did Zelensky say?"));
    route(TestUpdates.text(2, GROUP, 5, "/ask Who met Putin?"));
    verify(questions).answer(any(), eq("What did Zelensky say?"));
    verify(questions).answer(any(), eq("Who met Putin?"));
  }

  @Test
  void otherBotsCommandsAreIgnored() {
    route(TestUpdates.text(1, GROUP, 5, "/ask@OtherBot What did Zelensky say?"));
    route(TestUpdates.text(2, 5, 5, "/help@OtherBot"));
    verifyNoInteractions(questions, sender);
  }

  @Test
  void replyToTheBotIsAFollowUpQuestion() throws IOException {
    route(TestUpdates.replyToBot(1, GROUP, 5, 77, "And what about Crimea?"));
    verify(questions).answer(any(), eq("And what about Crimea?"));
  }

  @Test
  void forumTopicIsKeptForTheReply() throws IOException {
    route(TestUpdates.topicText(1, GROUP, 5, 42, "/ask peace plan"));
    ArgumentCaptor<Conversation> where = ArgumentCaptor.forClass(Conversation.class);
    verify(questions).answer(where.capture(), eq("peace plan"));
    assertEquals(42, where.getValue().threadId());
    SendMessage reply = where.getValue().reply("x").build();
    assertEquals(42, reply.getMessageThreadId());
    assertEquals(1, reply.getReplyToMessageId());
  }

  @Test
  void helpRepliesWithExamplesAndCommands() {
    route(TestUpdates.text(1, 5, 5, "/help"));
    ArgumentCaptor<SendMessage> sent = ArgumentCaptor.forClass(SendMessage.class);
    verify(sender).send(sent.capture());
    String text = sent.getValue().getText();
    assertEquals("HTML", sent.getValue().getParseMode());
    assertTrue(text.contains("/ask"), text);
    assertTrue(text.contains("/ask QUESTION"), text);
    assertFalse(text.contains("/stats"), "admin commands are not advertised: " + text);
    assertNull(TelegramHtml.problem(text));
  }

  @Test
  void helpListsAdminCommandsToABotAdminInPrivateOnly() {
    when(admin.description()).thenReturn("Figures");
    route(TestUpdates.text(1, 7, 7, "/help"));
    route(TestUpdates.text(2, GROUP, 7, "/help"));
    ArgumentCaptor<SendMessage> sent = ArgumentCaptor.forClass(SendMessage.class);
    verify(sender, org.mockito.Mockito.times(2)).send(sent.capture());
    String inPrivate = sent.getAllValues().get(0).getText();
    assertTrue(
        inPrivate.contains("Bot admins") && inPrivate.contains("/stats – Figures"), inPrivate);
    assertNull(TelegramHtml.problem(inPrivate));
    assertFalse(sent.getAllValues().get(1).getText().contains("/stats"), "not shown to the group");
  }

  @Test
  void adminCommandsOnlyForAdmins() throws Exception {
    route(TestUpdates.text(1, 5, 5, "/stats"));
    verify(admin, never()).handle(any(), anyString(), any());
    ArgumentCaptor<SendMessage> refusal = ArgumentCaptor.forClass(SendMessage.class);
    verify(sender).send(refusal.capture());
    assertEquals(UpdateRouter.ADMINS_ONLY, refusal.getValue().getText());
    route(TestUpdates.text(2, 7, 7, "/stats"));
    verify(admin).handle(any(), eq(""), any());
  }

  @Test
  void adminCommandsAreRefusedInGroupsTooAndCaptionsCanBeCommands() throws Exception {
    route(TestUpdates.text(1, GROUP, 5, "/stats@" + TestUpdates.BOT_NAME));
    verify(admin, never()).handle(any(), anyString(), any());
    ArgumentCaptor<SendMessage> refusal = ArgumentCaptor.forClass(SendMessage.class);
    verify(sender).send(refusal.capture());
    assertEquals(UpdateRouter.ADMINS_ONLY, refusal.getValue().getText());
    assertEquals(String.valueOf(GROUP), refusal.getValue().getChatId());

    com.fasterxml.jackson.databind.node.ObjectNode captioned = TestUpdates.text(2, 7, 7, "/stats");
    com.fasterxml.jackson.databind.node.ObjectNode m =
        (com.fasterxml.jackson.databind.node.ObjectNode) captioned.get("message");
    m.put("caption", m.remove("text").asText());
    m.set("caption_entities", m.remove("entities"));
    route(captioned);
    verify(admin).handle(any(), eq(""), any());

    com.fasterxml.jackson.databind.node.ObjectNode photo = TestUpdates.text(3, 7, 7, "x");
    com.fasterxml.jackson.databind.node.ObjectNode p =
        (com.fasterxml.jackson.databind.node.ObjectNode) photo.get("message");
    p.put("caption", p.remove("text").asText("what does russia demand"));
    route(photo);
    verify(questions, never()).answer(any(), anyString());
  }

  @Test
  void emptyAskExplainsHowToAsk() throws IOException {
    route(TestUpdates.text(1, GROUP, 5, "/ask"));
    verify(questions, never()).answer(any(), anyString());
    verify(sender).send(any());
  }

  @Test
  void failuresAreCaughtAndTheUserGetsAShortApology() throws IOException {
    doThrow(new IOException("disk")).when(questions).answer(any(), anyString());
    route(TestUpdates.text(1, 5, 5, "question"));
    ArgumentCaptor<SendMessage> sent = ArgumentCaptor.forClass(SendMessage.class);
    verify(sender).send(sent.capture());
    assertEquals(UpdateRouter.SORRY, sent.getValue().getText());
  }

  @Test
  void callbacksAndInlineQueriesGoToTheirHandlers() throws IOException {
    route(TestUpdates.callback(1, 5, 5, 10, "m:abc"));
    route(TestUpdates.inline(2, 5, "peace"));
    verify(callbacks).handle(any());
    verify(inline).handle(any());
  }

  @Test
  void removalFromAChatIsRecordedAndAReturnUndoesIt() {
    when(blocked.add(GROUP)).thenReturn(true);
    route(TestUpdates.myChatMember(1, GROUP, 5, "member", "kicked"));
    verify(blocked).add(GROUP);
    when(blocked.contains(GROUP)).thenReturn(true);
    route(TestUpdates.myChatMember(2, GROUP, 5, "left", "member"));
    verify(blocked).remove(GROUP);
  }

  private static com.fasterxml.jackson.databind.node.ObjectNode sticker(
      int id, long chat, long user, boolean replyToBot) {
    com.fasterxml.jackson.databind.node.ObjectNode update =
        replyToBot
            ? TestUpdates.replyToBot(id, chat, user, 900, "x")
            : TestUpdates.text(id, chat, user, "x");
    com.fasterxml.jackson.databind.node.ObjectNode m =
        (com.fasterxml.jackson.databind.node.ObjectNode) update.path("message");
    m.remove("text");
    m.putObject("sticker")
        .put("file_id", "s")
        .put("file_unique_id", "us")
        .put("type", "regular")
        .put("width", 512)
        .put("height", 512)
        .put("is_animated", false)
        .put("is_video", false);
    return update;
  }

  @Test
  void aStickerInAGroupIsIgnoredUnlessItRepliesToTheBot() {
    route(sticker(1, GROUP, 5, false));
    verifyNoInteractions(sender);
    route(sticker(2, GROUP, 5, true));
    ArgumentCaptor<SendMessage> sent = ArgumentCaptor.forClass(SendMessage.class);
    verify(sender).send(sent.capture());
    assertEquals(Html.escape(AnswerFormatter.notUnderstood()), sent.getValue().getText());
  }

  @Test
  void joiningAGroupSaysHowToAskThere() {
    route(TestUpdates.myChatMember(1, GROUP, 5, "left", "member"));
    ArgumentCaptor<SendMessage> sent = ArgumentCaptor.forClass(SendMessage.class);
    verify(sender).send(sent.capture());
    assertEquals(String.valueOf(GROUP), sent.getValue().getChatId());
    assertTrue(
        sent.getValue().getText().contains("/ask@" + TestUpdates.BOT_NAME),
        sent.getValue().getText());
    assertNull(TelegramHtml.problem(sent.getValue().getText()));
  }
}
