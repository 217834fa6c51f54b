package org.peacetalks.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;

/**
 * Who may do what, in one place. Bot admins ({@code BOT_ADMIN_IDS}) may use the admin commands and
 * upload articles. A chat's settings (its digest subscription, its language) may be changed: in a
 * private chat by the user; in a group by its administrators, asked of Telegram (getChatMember:
 * creator or administrator), by an anonymous administrator writing as the group itself, and by the
 * bot's admins. Menus only show commands: every check is made here, on the server.
 *
 * <p>An "allowed" is asked afresh each time, so a demoted admin loses the right at once. A
 * "refused" is remembered for {@link #REFUSAL_MEMORY}, so a member who sends /subscribe over and
 * over costs one Bot API call a minute, not one each; someone just made an admin waits at most that
 * long. Thread-safe.
 */
public final class Permissions {
  private static final Logger log = LoggerFactory.getLogger(Permissions.class);

  /** The answer; {@link #UNKNOWN} when Telegram could not be asked (errors after retries). */
  enum Verdict {
    ALLOWED,
    REFUSED,
    UNKNOWN
  }

  static final Duration REFUSAL_MEMORY = Duration.ofMinutes(1);

  /** Beyond this many remembered refusals, the expired ones are dropped (memory stays bounded). */
  private static final int MAX_REMEMBERED = 10_000;

  private final Sender sender;
  private final Set<Long> botAdmins;
  private final Clock clock;
  private final Map<Member, Instant> refusedUntil = new ConcurrentHashMap<>();

  private record Member(long chatId, long userId) {}

  /**
   * @param sender asks Telegram who administers a group
   */
  public Permissions(Set<Long> botAdmins, Sender sender, Clock clock) {
    this.botAdmins = Set.copyOf(botAdmins);
    this.sender = Objects.requireNonNull(sender, "sender == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  /** Whether this user is one of the bot's admins (numeric ids from the configuration). */
  public boolean isBotAdmin(long userId) {
    return botAdmins.contains(userId);
  }

  /** The bot admins' ids, ascending (their chats get the admin menu). */
  List<Long> botAdminIds() {
    return botAdmins.stream().sorted().toList();
  }

  /**
   * True when the writer may change this chat's settings; otherwise replies politely in the
   * conversation's language, saying why not (the text of {@code refusalKey}, or that Telegram could
   * not be asked), and returns false.
   */
  public boolean admit(Conversation where, String refusalKey) {
    Verdict verdict = mayChangeChatSettings(where);
    if (verdict == Verdict.ALLOWED) return true;
    sender.send(
        where
            .reply(
                where.text(verdict == Verdict.REFUSED ? refusalKey : "subscription.unknownAdmin"))
            .build());
    return false;
  }

  /**
   * Whether the writer may change this chat's settings; {@link Verdict#UNKNOWN} when Telegram could
   * not be asked.
   */
  Verdict mayChangeChatSettings(Conversation where) {
    if (where.privateChat() || isBotAdmin(where.userId()) || where.fromAnonymousAdmin()) {
      return Verdict.ALLOWED;
    }
    if (where.senderChatId() != null) {
      // Written as a channel (or another chat): no person to ask about.
      return Verdict.REFUSED;
    }
    Member who = new Member(where.chatId(), where.userId());
    Instant now = clock.instant();
    Instant until = refusedUntil.get(who);
    if (until != null && now.isBefore(until)) return Verdict.REFUSED;
    Optional<ChatMember> member =
        sender.execute(
            GetChatMember.builder().chatId(where.chatId()).userId(where.userId()).build());
    if (member.isEmpty()) {
      log.warn(
          "Could not ask Telegram whether user {} administers chat {}",
          where.userId(),
          where.chatId());
      return Verdict.UNKNOWN;
    }
    String status = member.get().getStatus();
    if ("creator".equals(status) || "administrator".equals(status)) {
      refusedUntil.remove(who);
      return Verdict.ALLOWED;
    }
    if (refusedUntil.size() >= MAX_REMEMBERED)
      refusedUntil.values().removeIf(t -> !now.isBefore(t));
    if (refusedUntil.size() < MAX_REMEMBERED) refusedUntil.put(who, now.plus(REFUSAL_MEMORY));
    return Verdict.REFUSED;
  }
}
