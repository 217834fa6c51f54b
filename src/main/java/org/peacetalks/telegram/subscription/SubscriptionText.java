package org.peacetalks.telegram.subscription;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.peacetalks.digest.FanOutReport;
import org.peacetalks.digest.SubscribeTime;
import org.peacetalks.digest.Subscription;
import org.peacetalks.telegram.Html;
import org.peacetalks.wording.Texts;

/** The replies of the subscription commands, as Telegram HTML, in the chat's language. */
public final class SubscriptionText {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

  static final String REFUSED = Texts.english().get("subscription.refused");
  public static final String UNKNOWN = Texts.english().get("subscription.unknownAdmin");
  static final String UNSUBSCRIBED = Texts.english().get("subscription.unsubscribed");
  static final String NOT_SUBSCRIBED = Texts.english().get("subscription.notSubscribed");

  private SubscriptionText() {}

  /** After /subscribe: what was set up and when the first digest comes. */
  static String subscribed(Subscription s, boolean changed, ZonedDateTime next, boolean dueNow) {
    return subscribed(s, changed, next, dueNow, Texts.english());
  }

  static String subscribed(
      Subscription s, boolean changed, ZonedDateTime next, boolean dueNow, Texts texts) {
    return withSchedule(
        changed ? "subscription.changed" : "subscription.subscribed", s, next, dueNow, texts);
  }

  /** The text of {@code key}, which names the chat's digest time, zone, topic and next digest. */
  private static String withSchedule(
      String key, Subscription s, ZonedDateTime next, boolean dueNow, Texts texts) {
    return texts.get(
        key,
        "time",
        TIME.format(s.time()),
        "zone",
        zone(next.getZone()),
        "topic",
        topic(s),
        "next",
        next(next, dueNow, texts));
  }

  /** /subscription for a subscribed chat. */
  static String status(Subscription s, ZonedDateTime next, boolean dueNow) {
    return status(s, next, dueNow, Texts.english());
  }

  static String status(Subscription s, ZonedDateTime next, boolean dueNow, Texts texts) {
    StringBuilder out =
        new StringBuilder(withSchedule("subscription.status", s, next, dueNow, texts));
    if (s.lastDigestAt() != null) {
      out.append('\n')
          .append(
              texts.get(
                  "subscription.lastSent",
                  "when",
                  texts.date("format.when", s.lastDigestAt(), next.getZone())));
    }
    return out.append('\n').append(texts.get("subscription.changeHint")).toString();
  }

  /** /subscription for a chat that has none. */
  static String none(LocalTime defaultTime, ZoneId zone) {
    return none(defaultTime, zone, Texts.english());
  }

  static String none(LocalTime defaultTime, ZoneId zone, Texts texts) {
    return texts.get("subscription.none", "time", TIME.format(defaultTime), "zone", zone(zone));
  }

  /** Why the time after /subscribe is not one. */
  static String invalidTime(SubscribeTime.InvalidTimeException e, Texts texts) {
    String key =
        switch (e.problem()) {
          case NOT_A_TIME -> "subscription.notATime";
          case HOURS -> "subscription.badHours";
          case MINUTES -> "subscription.badMinutes";
        };
    return texts.get(key, "text", Html.escapeWithin(e.text(), 100));
  }

  static String sendingToAll(int chats) {
    return sendingToAll(chats, Texts.english());
  }

  static String sendingToAll(int chats, Texts texts) {
    return texts.get("subscription.sendingToAll", "chats", chats);
  }

  static String sentToAll(FanOutReport r) {
    return sentToAll(r, Texts.english());
  }

  static String sentToAll(FanOutReport r, Texts texts) {
    return texts.get(
        "subscription.sentToAll",
        "chats",
        r.chats(),
        "sent",
        r.sent(),
        "nothingNew",
        r.nothingNew(),
        "removed",
        r.removed(),
        "migrated",
        r.migrated(),
        "failed",
        r.failed());
  }

  /** The next send time; "now" when it is due (the runner looks every 30 s). */
  private static String next(ZonedDateTime next, boolean dueNow, Texts texts) {
    return dueNow
        ? texts.get("subscription.nextNow")
        : texts.get(
            "subscription.nextAt",
            "when",
            texts.date("format.when", next.toInstant(), next.getZone()));
  }

  private static String topic(Subscription s) {
    return s.messageThreadId() != null ? "yes" : "no";
  }

  private static String zone(ZoneId zone) {
    return Html.escape(zone.getId());
  }
}
