package org.peacetalks.telegram.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.peacetalks.digest.DigestRunner;
import org.peacetalks.digest.SubscriptionStore;
import org.peacetalks.telegram.Conversation;
import org.peacetalks.telegram.Sender;
import org.peacetalks.wording.Texts;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

class SendDigestCommandTest {
  final DigestRunner runner = mock(DigestRunner.class);
  final SubscriptionStore store = mock(SubscriptionStore.class);
  final Sender sender = mock(Sender.class);
  final SendDigestCommand command = new SendDigestCommand(runner, store, sender);

  private List<String> repliesAfterAFailedRound(Throwable failure, String language) {
    when(store.size()).thenReturn(3);
    when(sender.send(any(SendMessage.class))).thenReturn(Optional.empty());
    when(runner.sendToAllInBackground()).thenReturn(CompletableFuture.failedFuture(failure));
    command.handle(
        new Conversation(7, null, 1, 7, true, null, Texts.forLanguage(language), language), "");
    ArgumentCaptor<SendMessage> sent = ArgumentCaptor.forClass(SendMessage.class);
    verify(sender, times(2)).send(sent.capture());
    return sent.getAllValues().stream().map(SendMessage::getText).toList();
  }

  @Test
  void aFailedRoundIsReportedInTheAdminsLanguageWithoutTheExceptionsText() {
    List<String> replies =
        repliesAfterAFailedRound(
            new UncheckedIOException(
                new java.io.IOException("state database /srv/bot/data/bot.db: disk full")),
            "uk");
    assertEquals("Розсилка дайджесту не вдалася; причину записано в журнал бота.", replies.get(1));
  }

  @Test
  void aRoundStoppedWithTheBotSaysSo() {
    List<String> replies = repliesAfterAFailedRound(new InterruptedException(), "ru");
    assertEquals("Рассылка дайджеста не удалась: бот останавливается.", replies.get(1));
  }
}
