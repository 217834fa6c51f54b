package org.peacetalks.search;

import java.nio.file.Path;

/**
 * Child process of {@link IndexKillIT}: puts article 1, 2, 3, … into the index in a folder, one
 * commit each, printing "committed N" once each put has returned; killed with SIGKILL at a random
 * moment, never closing the index.
 */
public final class IndexPutLoop {
  private IndexPutLoop() {}

  static String id(int n) {
    return "round-" + n;
  }

  public static void main(String[] args) throws Exception {
    SearchIndex index = SearchIndex.open(Path.of(args[0])); // never closed: a SIGKILL ends it
    for (int n = Integer.parseInt(args[1]); ; n++) {
      index.put(
          PassageSearcherTest.article(
              id(n),
              "Negotiators met for round " + n + " of the talks in Istanbul.",
              "They agreed to meet again next week."));
      System.out.println("committed " + n);
      System.out.flush();
    }
  }
}
