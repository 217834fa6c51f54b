package org.peacetalks.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SubscribeTimeTest {
  @ParameterizedTest
  @CsvSource({
    "9:30,09:30",
    "09:30,09:30",
    "0:00,00:00",
    "00:00,00:00",
    "23:59,23:59",
    "' 7:05 ',07:05",
    "12:00,12:00"
  })
  void acceptsHourColonMinutes(String text, String expected) throws Exception {
    assertEquals(LocalTime.parse(expected), SubscribeTime.parse(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "9.30",
        "930",
        "9:3",
        "09:300",
        "7pm",
        "9:30am",
        "09:30:00",
        "-1:00",
        "+9:30",
        "",
        "  ",
        "١٢:٣٠",
        "9 :30",
        "099:30"
      })
  void refusesWhatIsNotHourColonMinutes(String text) {
    SubscribeTime.InvalidTimeException e =
        assertThrows(SubscribeTime.InvalidTimeException.class, () -> SubscribeTime.parse(text));
    assertTrue(e.getMessage().contains("HH:MM"), e.getMessage());
    assertTrue(e.getMessage().contains(text.strip()), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"24:00", "25:10", "99:00"})
  void refusesHoursPast23(String text) {
    SubscribeTime.InvalidTimeException e =
        assertThrows(SubscribeTime.InvalidTimeException.class, () -> SubscribeTime.parse(text));
    assertTrue(e.getMessage().contains("00 to 23"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"9:60", "12:99"})
  void refusesMinutesPast59(String text) {
    SubscribeTime.InvalidTimeException e =
        assertThrows(SubscribeTime.InvalidTimeException.class, () -> SubscribeTime.parse(text));
    assertTrue(e.getMessage().contains("00 to 59"), e.getMessage());
  }

  @org.junit.jupiter.api.Test
  void nullIsRefusedToo() {
    assertThrows(SubscribeTime.InvalidTimeException.class, () -> SubscribeTime.parse(null));
  }
}
