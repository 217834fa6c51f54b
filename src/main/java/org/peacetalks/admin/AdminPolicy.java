package org.peacetalks.admin;

import java.util.Set;

/** Who may run admin commands: the numeric Telegram user ids of the configuration. */
public final class AdminPolicy {
  private final Set<Long> admins;

  public AdminPolicy(Set<Long> admins) {
    this.admins = Set.copyOf(admins);
  }

  public boolean isAdmin(long userId) {
    return admins.contains(userId);
  }

  public Set<Long> admins() {
    return admins;
  }
}
