package org.peacetalks.telegram;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.peacetalks.telegram.answer.LimitsTest.MutableClock;

/** An outage opens on a failure and closes on an answer, each of a call sent inside it. */
class ApiReachabilityTest {
  private final MutableClock clock = new MutableClock();
  private final ApiReachability reachability = new ApiReachability(clock);

  @Test
  void aCallSentDuringTheOutageThatFailsAfterItEndedDoesNotStartAnother() {
    Instant beforeOutage = clock.now;
    clock.now = clock.now.plusSeconds(1);
    reachability.failed("sendmessage", "HTTP 502", beforeOutage);
    assertTrue(reachability.downSince().isPresent(), "the outage began");

    clock.now = clock.now.plusSeconds(2);
    Instant inOutage = clock.now;
    clock.now = clock.now.plusSeconds(1);
    reachability.answered("getupdates", 200, inOutage);
    assertFalse(reachability.downSince().isPresent(), "the server came back");

    clock.now = clock.now.plus(Duration.ofMillis(10));
    reachability.failed("sendmessage", "HTTP 502", inOutage);
    assertFalse(reachability.downSince().isPresent(), "a late failure of an old call");

    reachability.failed("sendmessage", "HTTP 502", clock.now);
    assertTrue(reachability.downSince().isPresent(), "a new call's failure starts a new outage");
  }

  @Test
  void anOutageLeftOpenByAStopIsNotClosedInTheLogByALateAnswer() {
    reachability.failed("sendmessage", "HTTP 502", clock.now);
    reachability.stopping();
    clock.now = clock.now.plusSeconds(1);
    reachability.answered("sendmessage", 200, clock.now);
    assertTrue(reachability.downSince().isPresent(), "no 'reachable again' after the stop");
  }

  @Test
  void aCallThatFailsWhileTheBotStopsStartsNoOutage() {
    reachability.stopping();
    reachability.failed("setmycommands", "ConnectException", clock.now);
    assertFalse(reachability.downSince().isPresent(), "a stop is not an outage");
    assertTrue(reachability.reachable());
  }
}
