package org.peacetalks.telegram;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** An outage opens on a failure and closes on an answer, each of a call sent inside it. */
class ApiReachabilityTest {
  private Instant now = Instant.parse("2026-12-05T00:00:00Z");
  private final ApiReachability reachability =
      new ApiReachability(
          new Clock() {
            @Override
            public ZoneOffset getZone() {
              return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
              return this;
            }

            @Override
            public Instant instant() {
              return now;
            }
          });

  @Test
  void aCallSentDuringTheOutageThatFailsAfterItEndedDoesNotStartAnother() {
    Instant beforeOutage = now;
    now = now.plusSeconds(1);
    reachability.failed("sendmessage", "HTTP 502", beforeOutage);
    assertTrue(reachability.downSince().isPresent(), "the outage began");

    now = now.plusSeconds(2);
    Instant inOutage = now;
    now = now.plusSeconds(1);
    reachability.answered("getupdates", 200, inOutage);
    assertFalse(reachability.downSince().isPresent(), "the server came back");

    now = now.plus(Duration.ofMillis(10));
    reachability.failed("sendmessage", "HTTP 502", inOutage);
    assertFalse(reachability.downSince().isPresent(), "a late failure of an old call");

    reachability.failed("sendmessage", "HTTP 502", now);
    assertTrue(reachability.downSince().isPresent(), "a new call's failure starts a new outage");
  }
}
