package org.peacetalks.telegram.subscription;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.peacetalks.digest.FanOutReport;
import org.peacetalks.digest.Subscription;
import org.peacetalks.telegram.Html;

/** The replies of the subscription commands, as Telegram HTML. */
public final class SubscriptionText {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

  static final String REFUSED = "Only this group's admins can change its daily digest. "
      + "Anyone can see today's digest with /digest.";
  public static final String UNKNOWN = "I couldn't check with Telegram whether you're an admin here. "
      + "Please try again in a moment.";
  static final String UNSUBSCRIBED = "Unsubscribed: no more daily digests here. /subscribe starts them again.";
  static final String NOT_SUBSCRIBED = "This chat is not subscribed to the daily digest.";

  private SubscriptionText() {}

  /** After /subscribe: what was set up and when the first digest comes. */
  static String subscribed(Subscription s, boolean changed, ZonedDateTime next, boolean dueNow) {
    String head = changed ? "Changed: the digest of the peace talks articles now comes"
        : "Subscribed: the digest of the peace talks articles comes";
    return head + " every day at <b>" + TIME.format(s.time()) + "</b> (" + zone(next.getZone()) + " time)"
        + where(s) + ", with the articles added since the previous one.\n"
        + "Next: " + next(next, dueNow) + ".\n"
        + "Change the time with /subscribe HH:MM, stop with /unsubscribe.";
  }

  /** /subscription for a subscribed chat. */
  static String status(Subscription s, ZonedDateTime next, boolean dueNow) {
    StringBuilder out = new StringBuilder()
        .append("This chat gets the daily digest at <b>").append(TIME.format(s.time())).append("</b> (")
        .append(zone(next.getZone())).append(" time)").append(where(s)).append(".\n")
        .append("Next: ").append(next(next, dueNow)).append('.');
    if (s.lastDigestAt() != null) {
      out.append("\nLast sent: ").append(WHEN.format(s.lastDigestAt().atZone(next.getZone()))).append('.');
    }
    return out.append("\nChange the time with /subscribe HH:MM, stop with /unsubscribe.").toString();
  }

  /** /subscription for a chat that has none. */
  static String none(java.time.LocalTime defaultTime, ZoneId zone) {
    return "This chat has no daily digest. /subscribe starts one at " + TIME.format(defaultTime)
        + " (" + zone(zone) + " time); /subscribe HH:MM picks the time. /digest shows today's now.";
  }

  static String sendingToAll(int chats) {
    return "Sending the digest to " + chats + (chats == 1 ? " subscribed chat" : " subscribed chats")
        + " now; it counts as today's. I'll report when done.";
  }

  static String sentToAll(FanOutReport r) {
    return "Digest round done: " + r.chats() + " chats, " + r.sent() + " sent, " + r.nothingNew()
        + " with nothing new, " + r.removed() + " removed (bot gone), " + r.migrated() + " moved to a supergroup, "
        + r.failed() + " failed.";
  }

  /** The next send time; "now" when it is due (the runner looks every 30 s). */
  private static String next(ZonedDateTime next, boolean dueNow) {
    return dueNow ? "<b>now</b> (within a minute)" : "<b>" + WHEN.format(next) + "</b>";
  }

  private static String where(Subscription s) {
    return s.messageThreadId() != null ? " in the topic where /subscribe was sent" : "";
  }

  private static String zone(ZoneId zone) {
    return Html.escape(zone.getId());
  }
}
