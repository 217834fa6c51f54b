package org.peacetalks.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peacetalks.telegram.answer.LimitsTest;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;

class PermissionsTest {
  private static final long GROUP = -100123;
  private final Sender sender = mock(Sender.class);
  private final LimitsTest.MutableClock clock = new LimitsTest.MutableClock();
  private final Permissions admins = new Permissions(Set.of(), sender, clock);

  private void status(String status) {
    ChatMember member = mock(ChatMember.class);
    when(member.getStatus()).thenReturn(status);
    when(sender.execute(any(GetChatMember.class))).thenReturn(Optional.of(member));
  }

  private Permissions.Verdict check(long user) {
    return admins.mayChangeChatSettings(new Conversation(GROUP, null, 1, user, false));
  }

  @Test
  void aRefusalIsRememberedForAMinuteSoRepeatsCostNoCalls() {
    status("member");
    for (int i = 0; i < 5; i++) assertEquals(Permissions.Verdict.REFUSED, check(5));
    verify(sender, times(1)).execute(any(GetChatMember.class));
    status("administrator"); // promoted meanwhile
    clock.now = clock.now.plus(Permissions.REFUSAL_MEMORY);
    assertEquals(Permissions.Verdict.ALLOWED, check(5));
  }

  @Test
  void anAdminIsAskedAboutEveryTimeSoADemotionCountsAtOnce() {
    status("administrator");
    assertEquals(Permissions.Verdict.ALLOWED, check(5));
    status("member");
    assertEquals(Permissions.Verdict.REFUSED, check(5));
    verify(sender, times(2)).execute(any(GetChatMember.class));
  }

  @Test
  void otherMembersAreAskedAboutSeparately() {
    status("member");
    check(5);
    check(6);
    verify(sender, times(2)).execute(any(GetChatMember.class));
  }

  @Test
  void botAdminsAreTheConfiguredIdsAndMayChangeAGroupsSettingsWithoutAskingTelegram() {
    Permissions permissions = new Permissions(Set.of(42L, 7L), sender, clock);
    assertEquals(java.util.List.of(7L, 42L), permissions.botAdminIds());
    assertEquals(true, permissions.isBotAdmin(42));
    assertEquals(false, permissions.isBotAdmin(43));
    assertEquals(
        Permissions.Verdict.ALLOWED,
        permissions.mayChangeChatSettings(new Conversation(GROUP, null, 1, 42, false)));
    verify(sender, times(0)).execute(any(GetChatMember.class));
  }
}
