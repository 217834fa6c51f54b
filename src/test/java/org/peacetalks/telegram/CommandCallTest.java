package org.peacetalks.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CommandCallTest {
  @Test
  void parsesNameTargetAndArgs() {
    CommandCall c = CommandCall.parse("/Ask@PeaceTalksTestBot   what now? ");
    assertEquals("ask", c.name());
    assertEquals("PeaceTalksTestBot", c.target());
    assertEquals("what now?", c.args());
    assertTrue(c.addressedTo("peacetalkstestbot"));
    assertFalse(c.addressedTo("OtherBot"));
    assertTrue(c.addressedTo(""), "a bot whose username getMe did not give");
  }

  @Test
  void plainCommandIsForEveryBot() {
    CommandCall c = CommandCall.parse("/help");
    assertEquals("help", c.name());
    assertNull(c.target());
    assertEquals("", c.args());
    assertTrue(c.addressedTo("AnyBot"));
  }

  @Test
  void textThatIsNotACommand() {
    assertNull(CommandCall.parse("what about / slashes"));
    assertNull(CommandCall.parse("/"));
    assertNull(CommandCall.parse("/ spaced"));
    assertNull(CommandCall.parse("/путин"));
  }
}
