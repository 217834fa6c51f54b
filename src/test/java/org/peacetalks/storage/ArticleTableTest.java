package org.peacetalks.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleTableTest {
  private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
  private static final Instant T1 = T0.plusSeconds(60);
  private static final Instant T2 = T0.plusSeconds(120);

  @TempDir Path data;
  private final OpenStates states = new OpenStates();

  @AfterEach
  void closeStates() {
    states.close();
  }

  private ArticleTable open() throws Exception {
    return new ArticleTable(states.open(data));
  }

  private static Map<String, String> hashes(String... idHash) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < idHash.length; i += 2) out.put(idHash[i], idHash[i + 1]);
    return out;
  }

  @Test
  void theFirstRecordStartsTheLedgerAsTheInitialImport() throws Exception {
    ArticleTable table = open();
    assertFalse(table.isStarted());
    ArticleTable.Recorded first = table.recordIndexed(hashes("b", "hb", "a", null), T0);
    assertTrue(first.first());
    assertEquals(List.of("b", "a"), first.inserted());
    assertTrue(table.isStarted());
    assertTrue(table.isInitial("a"));

    ArticleTable.Recorded next = table.recordIndexed(hashes("a", "ha", "c", "hc"), T1);
    assertFalse(next.first());
    assertEquals(List.of("c"), next.inserted());
    assertEquals(Optional.of(T0), table.addedAt("a"), "a known row keeps its time");
    assertEquals(Optional.of("a"), table.idWithHash("ha"), "and gets its hash");
    assertEquals(Map.of("c", T1), table.addedBetween(T0, T1));
  }

  @Test
  void anAddIsHiddenUntilSettledAndDroppedWhenAbandoned() throws Exception {
    ArticleTable table = open();
    table.recordIndexed(Map.of(), T0);
    table.putAdding("x", "hx", "x.md", T1);
    table.putAdding("y", "hy", "y.md", T1);
    assertEquals(
        List.of(
            new ArticleTable.Adding("x", "hx", "x.md", T1),
            new ArticleTable.Adding("y", "hy", "y.md", T1)),
        open().adding());
    assertEquals(Map.of(), table.addedBetween(T0, T2));
    assertEquals(Optional.of("x"), table.idWithHash("hx"), "a duplicate check sees it already");

    table.settleAdding("x", T2);
    table.deleteAdding("y");
    table.deleteAdding("x"); // settled: no longer an add to drop
    assertEquals(Map.of("x", T2), table.addedBetween(T1, T2));
    assertEquals(List.of(), table.adding());
    assertEquals(Optional.empty(), table.idWithHash("hy"));
  }

  @Test
  void aRebuildSettlesAnInterruptedAddAsAddedNow() throws Exception {
    ArticleTable table = open();
    table.recordIndexed(Map.of(), T0);
    table.putAdding("x", "hx", "x.md", T1);
    table.recordIndexed(hashes("x", "hx"), T2);
    assertEquals(List.of(), table.adding());
    assertEquals(Map.of("x", T2), table.addedBetween(T1, T2));
  }

  @Test
  void hashesMarksAndDeletesTouchOnlyTheirRow() throws Exception {
    ArticleTable table = open();
    table.recordIndexed(Map.of(), T0);
    table.recordIndexed(hashes("a", null, "b", "hb"), T1);
    assertTrue(table.lacksHashes());
    assertTrue(table.markInitial("a"));
    assertFalse(table.markInitial("zz"));
    assertEquals(Map.of("b", T1), table.addedBetween(T0, T1));
    assertTrue(table.delete("a"));
    assertFalse(table.delete("a"));
    assertFalse(table.lacksHashes());
    assertEquals(Optional.of(T1), table.addedAt("b"));
  }
}
