package org.peacetalks.telegram;

import java.time.Clock;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.peacetalks.storage.FeedbackRepository;
import org.peacetalks.telegram.answer.AnswerFormatter;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * What a {@link BotFeature}'s commands may use: the bot's identity, the rate-limited and retrying
 * {@link Sender}, the raw client (for methods the sender has no helper for, like getFile or
 * getChatMember), the download URL of a getFile path on the configured Bot API server ({@code
 * fileUrl}; it holds the token, so never log it), the answer formatter, who may do what ({@link
 * Permissions}), the clock, the count of questions answered, the stored feedback (the 👎 and
 * unanswered questions admins read in /stats; {@code null} when the bot keeps none), and the
 * language of each chat.
 */
public record BotContext(
    BotIdentity identity,
    Sender sender,
    TelegramClient client,
    UnaryOperator<String> fileUrl,
    AnswerFormatter formatter,
    Permissions permissions,
    Clock clock,
    QuestionStats questions,
    FeedbackRepository feedback,
    ChatLanguages languages) {
  public BotContext {
    Objects.requireNonNull(identity, "identity == null");
    Objects.requireNonNull(sender, "sender == null");
    Objects.requireNonNull(permissions, "permissions == null");
    Objects.requireNonNull(clock, "clock == null");
    Objects.requireNonNull(questions, "questions == null");
    Objects.requireNonNull(languages, "languages == null");
  }
}
