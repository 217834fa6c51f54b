package org.peacetalks.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ChatLanesTest {
  @Test
  void oneChatInOrderOtherChatsNotHeldUp() throws Exception {
    ChatLanes lanes = ChatLanes.withThreads(4);
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch otherDone = new CountDownLatch(1);
    List<Integer> order = new CopyOnWriteArrayList<>();
    lanes.submit(
        1,
        () -> {
          try {
            release.await(5, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          order.add(1);
        });
    for (int i = 2; i <= 20; i++) {
      int n = i;
      lanes.submit(1, () -> order.add(n));
    }
    lanes.submit(2, otherDone::countDown);
    assertTrue(otherDone.await(5, TimeUnit.SECONDS), "a slow chat does not hold up another");
    assertTrue(order.isEmpty());
    release.countDown();
    assertTrue(lanes.awaitIdle(Duration.ofSeconds(5)));
    assertEquals(20, order.size());
    for (int i = 0; i < 20; i++) assertEquals(i + 1, order.get(i));
    assertEquals(0, lanes.busyChats());
    lanes.close();
  }

  @Test
  void aFailingTaskDoesNotBreakTheLane() throws Exception {
    ChatLanes lanes = ChatLanes.withThreads(2);
    CountDownLatch after = new CountDownLatch(1);
    lanes.submit(
        1,
        () -> {
          throw new IllegalStateException("boom");
        });
    lanes.submit(1, after::countDown);
    assertTrue(after.await(5, TimeUnit.SECONDS));
    lanes.close();
  }
}
