package org.peacetalks.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpacingRepairTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Russia's position.He affirmed|Russia's position. He affirmed",
        "The meeting,confirmed by the Kremlin,will|The meeting, confirmed by the Kremlin, will",
        "former U.S.President Donald Trump|former U.S. President Donald Trump",
        "Thursday,November 27.Speaking to|Thursday, November 27. Speaking to",
        "the U.S. plan|the U.S. plan",
        "a U.S.-backed proposal|a U.S.-backed proposal",
        "more than 100,000 Ukrainians|more than 100,000 Ukrainians",
        "about 3.5 per cent|about 3.5 per cent",
        "see https://example.com/a,b.Html now|see https://example.com/a,b.Html now",
        "he said,“We agree”|he said, “We agree”",
        "a call with U.S.envoy Steve Witkoff|a call with U.S. envoy Steve Witkoff",
        "at 9.30 a.m.on Wednesday|at 9.30 a.m. on Wednesday",
        "Mr.Merz will host on Dec.15|Mr. Merz will host on Dec. 15",
        "Zelensky said:\"Everything is possible\"|Zelensky said: \"Everything is possible\"",
        "had not changed.«Вопрос остаётся»,Ushakov said|had not changed. «Вопрос остаётся», Ushakov said",
        "e.g. the plan, i.e. this|e.g. the plan, i.e. this",
        "was “unacceptable.”The official said|was “unacceptable.” The official said",
        "at 9.30 on Dec. 15, 3.5% of 1,200|at 9.30 on Dec. 15, 3.5% of 1,200"
      })
  void addsOnlyTheMissingSpace(String in, String out) {
    assertEquals(out, SpacingRepair.repair(in));
  }
}
