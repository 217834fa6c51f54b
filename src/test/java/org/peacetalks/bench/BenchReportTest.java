package org.peacetalks.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class BenchReportTest {
  @Test
  void jsonHasEveryRequiredKeyWithNullForWhatWasNotMeasured() throws Exception {
    BenchReport report = new BenchReport();
    report.put("paragraphs", 100_000);
    report.put("answerP50Ms", 1.25);
    report.notMeasured("no Telegram path yet", "e2eP50Ms");
    JsonNode json = new ObjectMapper().readTree(report.json(new ObjectMapper()));
    for (String key : BenchReport.REQUIRED_KEYS) assertTrue(json.has(key), key);
    assertEquals(100_000, json.get("paragraphs").intValue());
    assertEquals(1.25, json.get("answerP50Ms").doubleValue());
    assertTrue(json.get("e2eP50Ms").isNull());
    assertTrue(json.get("startupMs").isNull());
  }

  @Test
  void tableShowsRatioTargetAndWhyAFigureIsMissing() {
    BenchReport report = new BenchReport();
    report.put("answerP50Ms", 2.0);
    report.put("baselineAnswerP50Ms", 0.4);
    report.put("answerP99Ms", 6.0);
    report.put("baselineAnswerP99Ms", 3.0);
    report.notMeasured("the run command is not built yet", "startupMs");
    StringWriter text = new StringWriter();
    report.printTable(new PrintWriter(text));
    String table = text.toString();
    assertTrue(table.matches("(?s).*answer p50, ms +2\\.000 +0\\.400 +5\\.00x .*MISSED.*"), table);
    assertTrue(table.matches("(?s).*answer p99, ms +6\\.000 +3\\.000 +2\\.00x .* met.*"), table);
    assertTrue(table.contains("not measured: the run command is not built yet (startupMs)"), table);
  }

  @Test
  void refusesNullAndNonFiniteFigures() {
    BenchReport report = new BenchReport();
    assertThrows(IllegalArgumentException.class, () -> report.put("heapMb", null));
    assertThrows(IllegalArgumentException.class, () -> report.put("heapMb", Double.NaN));
  }
}
