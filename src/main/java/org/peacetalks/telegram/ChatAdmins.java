package org.peacetalks.telegram;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;

/**
 * Who may change a chat's settings (its digest subscription): in a private chat the user; in a
 * group its administrators, asked of Telegram each time (getChatMember: creator or
 * administrator), an anonymous administrator writing as the group itself, and the bot's admins.
 * Asking each time means a demoted admin loses the right at once; these commands are rare, so
 * the extra call costs nothing. Thread-safe.
 */
final class ChatAdmins {
  private static final Logger log = LoggerFactory.getLogger(ChatAdmins.class);

  /** The answer; {@link #UNKNOWN} when Telegram could not be asked (errors after retries). */
  enum Verdict {
    ALLOWED,
    REFUSED,
    UNKNOWN
  }

  private final Sender sender;
  private final Set<Long> botAdmins;

  ChatAdmins(Sender sender, Set<Long> botAdmins) {
    this.sender = Objects.requireNonNull(sender, "sender == null");
    this.botAdmins = Set.copyOf(botAdmins);
  }

  /**
   * True when the writer may change this chat's settings; otherwise replies politely, saying why
   * not ({@code refusal} or that Telegram could not be asked), and returns false.
   */
  boolean admit(Conversation where, String refusal) {
    Verdict verdict = check(where);
    if (verdict == Verdict.ALLOWED) return true;
    sender.send(where.reply(verdict == Verdict.REFUSED ? refusal : SubscriptionText.UNKNOWN).build());
    return false;
  }

  Verdict check(Conversation where) {
    if (where.privateChat() || botAdmins.contains(where.userId()) || where.fromAnonymousAdmin()) {
      return Verdict.ALLOWED;
    }
    if (where.senderChatId() != null) {
      // Written as a channel (or another chat): no person to ask about.
      return Verdict.REFUSED;
    }
    Optional<ChatMember> member = sender.execute(GetChatMember.builder()
        .chatId(where.chatId())
        .userId(where.userId())
        .build());
    if (member.isEmpty()) {
      log.warn("Could not ask Telegram whether user {} administers chat {}", where.userId(), where.chatId());
      return Verdict.UNKNOWN;
    }
    String status = member.get().getStatus();
    return "creator".equals(status) || "administrator".equals(status) ? Verdict.ALLOWED : Verdict.REFUSED;
  }
}
