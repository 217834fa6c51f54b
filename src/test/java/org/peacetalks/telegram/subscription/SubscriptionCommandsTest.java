package org.peacetalks.telegram.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.peacetalks.config.BotConfig;
import org.peacetalks.digest.ArticleLedger;
import org.peacetalks.digest.DigestBuilder;
import org.peacetalks.digest.DigestFormatter;
import org.peacetalks.digest.DigestScheduler;
import org.peacetalks.digest.Subscription;
import org.peacetalks.digest.SubscriptionStore;
import org.peacetalks.search.SearchIndex;
import org.peacetalks.storage.OpenStates;
import org.peacetalks.storage.StateDatabase;
import org.peacetalks.telegram.BlockedChats;
import org.peacetalks.telegram.BotContext;
import org.peacetalks.telegram.CommandRegistry;
import org.peacetalks.telegram.Conversation;
import org.peacetalks.telegram.Permissions;
import org.peacetalks.telegram.Sender;
import org.peacetalks.telegram.TestContexts;
import org.peacetalks.telegram.TestUpdates;
import org.peacetalks.telegram.UpdateRouter;
import org.peacetalks.telegram.answer.CallbackHandler;
import org.peacetalks.telegram.answer.InlineAnswerer;
import org.peacetalks.telegram.answer.QuestionAnswerer;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The subscription commands through the real router, store and scheduler, with Telegram mocked: who
 * may subscribe, what is stored, what the replies say.
 */
class SubscriptionCommandsTest {
  private static final long GROUP = -100777;
  private static final long MEMBER = 11;
  private static final long BOT_ADMIN = 4242;
  private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

  /** Sunday 22 Nov 2026, 12:00 in Kyiv (UTC+2). */
  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  @TempDir Path data;
  private final OpenStates states = new OpenStates();
  private TelegramClient client;
  private SubscriptionStore store;
  private SearchIndex index;
  private SubscriptionFeature feature;
  private UpdateRouter router;
  private int updateId = 1;

  @BeforeEach
  void setUp() throws Exception {
    client = mock(TelegramClient.class);
    when(client.execute(any(SendMessage.class))).thenReturn(new Message());
    memberStatus("member");
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    StateDatabase db = states.open(data);
    store = SubscriptionStore.open(db, clock);
    index = SearchIndex.inMemory(null);
    BotConfig.Digest settings = new BotConfig.Digest(LocalTime.of(9, 0), KYIV, false, 10);
    feature =
        new SubscriptionFeature(
            store,
            new DigestScheduler(store, KYIV, clock),
            new DigestBuilder(index, new ArticleLedger(db), 10),
            new DigestFormatter(KYIV),
            settings,
            clock,
            Duration.ofHours(1));
    Sender sender = TelegramDigestSenderTest.unlimitedSender(client, BlockedChats.load(db, clock));
    CommandRegistry registry = new CommandRegistry();
    BotContext context =
        TestContexts.of(sender, client, new Permissions(Set.of(BOT_ADMIN), sender, clock), clock);
    feature.register(registry, context);
    router =
        new UpdateRouter(
            context,
            registry,
            mock(QuestionAnswerer.class),
            mock(CallbackHandler.class),
            mock(InlineAnswerer.class),
            BlockedChats.load(db, clock),
            List.of(feature));
  }

  @AfterEach
  void tearDown() throws Exception {
    feature.close();
    index.close();
    states.close();
  }

  private void memberStatus(String status) throws Exception {
    ChatMember member = mock(ChatMember.class);
    when(member.getStatus()).thenReturn(status);
    when(client.execute(any(GetChatMember.class))).thenReturn(member);
  }

  private void route(ObjectNode update) {
    router.route(TestUpdates.parse(update));
  }

  private void say(long chat, long user, String text) {
    route(TestUpdates.text(updateId++, chat, user, text));
  }

  /** A message from an anonymous admin: GroupAnonymousBot, on behalf of {@code senderChat}. */
  private ObjectNode anonymous(long chat, long senderChat, String text) {
    ObjectNode m = TestUpdates.message(updateId, chat, Conversation.ANONYMOUS_ADMIN_ID, text);
    ((ObjectNode) m.get("from"))
        .put("is_bot", true)
        .put("first_name", "Group")
        .put("username", "GroupAnonymousBot");
    m.set("sender_chat", TestUpdates.chat(senderChat));
    return TestUpdates.update(updateId++, "message", m);
  }

  private SendMessage lastReply() throws Exception {
    ArgumentCaptor<SendMessage> sent = ArgumentCaptor.forClass(SendMessage.class);
    verify(client, org.mockito.Mockito.atLeastOnce()).execute(sent.capture());
    return sent.getAllValues().get(sent.getAllValues().size() - 1);
  }

  @Test
  void groupMemberIsRefusedPolitely() throws Exception {
    say(GROUP, MEMBER, "/subscribe");
    assertTrue(store.get(GROUP).isEmpty());
    assertEquals(SubscriptionText.REFUSED, lastReply().getText());
    ArgumentCaptor<GetChatMember> asked = ArgumentCaptor.forClass(GetChatMember.class);
    verify(client).execute(asked.capture());
    assertEquals(String.valueOf(GROUP), asked.getValue().getChatId());
    assertEquals(MEMBER, asked.getValue().getUserId());
  }

  @ParameterizedTest
  @ValueSource(strings = {"creator", "administrator"})
  void groupAdministratorsMaySubscribe(String status) throws Exception {
    memberStatus(status);
    say(GROUP, MEMBER, "/subscribe 07:30");
    assertEquals(LocalTime.of(7, 30), store.get(GROUP).orElseThrow().time());
    assertTrue(lastReply().getText().startsWith("Subscribed"), lastReply().getText());
  }

  @Test
  void anonymousAdminOfThisGroupMaySubscribeWithoutAskingTelegram() throws Exception {
    route(anonymous(GROUP, GROUP, "/subscribe"));
    assertTrue(store.get(GROUP).isPresent());
    verify(client, never()).execute(any(GetChatMember.class));
  }

  @Test
  void writingAsAnotherChatIsNotAnAdmin() throws Exception {
    // A channel posting in its discussion group, say: a bot message like any other, ignored.
    route(anonymous(GROUP, -100999, "/subscribe"));
    assertTrue(store.get(GROUP).isEmpty());
    verify(client, never()).execute(any(GetChatMember.class));
  }

  @Test
  void botAdminMaySubscribeAnyGroup() throws Exception {
    say(GROUP, BOT_ADMIN, "/subscribe");
    assertEquals(LocalTime.of(9, 0), store.get(GROUP).orElseThrow().time());
    verify(client, never()).execute(any(GetChatMember.class));
  }

  @Test
  void privateChatUserMaySubscribeAtTheDefaultTime() throws Exception {
    say(MEMBER, MEMBER, "/subscribe");
    Subscription s = store.get(MEMBER).orElseThrow();
    assertEquals(LocalTime.of(9, 0), s.time());
    assertNull(s.messageThreadId());
    verify(client, never()).execute(any(GetChatMember.class));
  }

  @Test
  void telegramUnreachableForTheCheckSaysSoAndChangesNothing() throws Exception {
    when(client.execute(any(GetChatMember.class)))
        .thenThrow(TelegramDigestSenderTest.error(400, "Bad Request: user not found", null));
    say(GROUP, MEMBER, "/subscribe");
    assertTrue(store.get(GROUP).isEmpty());
    assertEquals(SubscriptionText.UNKNOWN, lastReply().getText());
  }

  @Test
  void badTimeIsExplainedAndNothingStored() throws Exception {
    say(MEMBER, MEMBER, "/subscribe 9.30");
    assertTrue(store.get(MEMBER).isEmpty());
    String text = lastReply().getText();
    assertTrue(text.contains("is not a time") && text.contains("HH:MM"), text);
    say(MEMBER, MEMBER, "/subscribe 24:00");
    assertTrue(lastReply().getText().contains("hours go from 00 to 23"), lastReply().getText());
  }

  @Test
  void forumTopicIsStoredAndTheReplyStaysInIt() throws Exception {
    memberStatus("administrator");
    route(
        TestUpdates.topicText(
            updateId++, GROUP, MEMBER, 33, "/subscribe@" + TestUpdates.BOT_NAME + " 18:00"));
    assertEquals(33, store.get(GROUP).orElseThrow().messageThreadId());
    assertEquals(33, lastReply().getMessageThreadId());
    assertTrue(
        lastReply().getText().contains("in the topic where /subscribe was sent"),
        lastReply().getText());
  }

  @Test
  void subscriptionShowsTimeZoneAndNextSendInTheBotsZone() throws Exception {
    say(MEMBER, MEMBER, "/subscription");
    assertTrue(
        lastReply().getText().startsWith("This chat has no daily digest"), lastReply().getText());

    say(MEMBER, MEMBER, "/subscribe 09:00");
    say(MEMBER, MEMBER, "/subscription");
    // 12:00 in Kyiv now: today's 09:00 has passed, so tomorrow's.
    assertEquals(
        "This chat gets the daily digest at <b>09:00</b> (Europe/Kyiv time).\n"
            + "Next: <b>Mon 23 Nov, 09:00</b>.\n"
            + "Change the time with /subscribe HH:MM, stop with /unsubscribe.",
        lastReply().getText());

    say(MEMBER, MEMBER, "/subscribe 18:30");
    assertTrue(lastReply().getText().startsWith("Changed"), lastReply().getText());
    say(MEMBER, MEMBER, "/subscription");
    assertTrue(
        lastReply().getText().contains("Next: <b>Sun 22 Nov, 18:30</b>"), lastReply().getText());

    // Due now (e.g. the time moved to one already past today, today's digest not sent yet).
    Subscription s = store.get(MEMBER).orElseThrow();
    assertTrue(
        SubscriptionText.status(s, NOW.atZone(KYIV), true)
            .contains("Next: <b>now</b> (within a minute)"));
  }

  @Test
  void anyoneMayAskTheStatusButOnlyAdminsUnsubscribe() throws Exception {
    store.subscribe(GROUP, null, LocalTime.of(8, 0));
    say(GROUP, MEMBER, "/subscription");
    assertTrue(lastReply().getText().contains("<b>08:00</b>"), lastReply().getText());
    say(GROUP, MEMBER, "/unsubscribe");
    assertEquals(SubscriptionText.REFUSED, lastReply().getText());
    assertTrue(store.get(GROUP).isPresent());

    long groupAdmin =
        MEMBER + 1; // (a member just promoted would wait out Permissions.REFUSAL_MEMORY)
    memberStatus("administrator");
    say(GROUP, groupAdmin, "/unsubscribe");
    assertEquals(SubscriptionText.UNSUBSCRIBED, lastReply().getText());
    assertTrue(store.get(GROUP).isEmpty());
    say(GROUP, groupAdmin, "/unsubscribe");
    assertEquals(SubscriptionText.NOT_SUBSCRIBED, lastReply().getText());
  }

  @Test
  void digestNowIsForAnyoneAndNotRecorded() throws Exception {
    store.subscribe(GROUP, null, LocalTime.of(8, 0));
    say(GROUP, MEMBER, "/digest");
    assertTrue(lastReply().getText().contains("Peace talks digest"), lastReply().getText());
    assertNull(store.get(GROUP).orElseThrow().lastDigestDate());
  }

  @Test
  void sendDigestIsForBotAdminsOnly() throws Exception {
    say(MEMBER, MEMBER, "/senddigest");
    assertEquals(UpdateRouter.ADMINS_ONLY, lastReply().getText());
  }

  @Test
  void botRemovedOrGroupUpgradedUpdatesTheStore() throws Exception {
    store.subscribe(GROUP, 5, LocalTime.of(8, 0));
    store.subscribe(-200, null, LocalTime.of(8, 0));
    ObjectNode migrate = TestUpdates.message(updateId, -200, MEMBER, "x");
    migrate.remove("text");
    migrate.put("migrate_to_chat_id", -100200L);
    route(TestUpdates.update(updateId++, "message", migrate));
    assertTrue(store.get(-200).isEmpty());
    assertEquals(LocalTime.of(8, 0), store.get(-100200).orElseThrow().time());

    route(TestUpdates.myChatMember(updateId++, GROUP, MEMBER, "member", "kicked"));
    assertTrue(store.get(GROUP).isEmpty());
    assertFalse(store.get(-100200).isEmpty());
  }
}
