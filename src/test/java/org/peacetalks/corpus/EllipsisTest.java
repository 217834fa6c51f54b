package org.peacetalks.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EllipsisTest {
  @Test
  void textThatFitsIsKeptAsItIs() {
    assertEquals("Peace talks", Ellipsis.cut("Peace talks", 11));
  }

  @Test
  void longerTextIsCutAtTheLastWordBoundaryWithAnEllipsis() {
    assertEquals("Peace talks…", Ellipsis.cut("Peace talks resume in Istanbul", 16));
  }

  @Test
  void aWordWithNoSpaceInTheSecondHalfIsCutMidWord() {
    assertEquals("Negotiat…", Ellipsis.cut("Negotiations", 9));
  }

  @Test
  void anEmojiIsNeverSplit() {
    assertEquals("abc…", Ellipsis.cut("abc\uD83D\uDE00def", 5));
  }

  @Test
  void noRoomLeavesOnlyTheEllipsis() {
    assertEquals("…", Ellipsis.cut("Peace", 1));
  }
}
