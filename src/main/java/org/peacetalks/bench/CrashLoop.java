package org.peacetalks.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import org.peacetalks.admin.Reindexer;
import org.peacetalks.corpus.ArticleParser;
import org.peacetalks.corpus.ArticleStore;
import org.peacetalks.digest.SubscriptionStore;
import org.peacetalks.search.SearchIndex;
import org.peacetalks.storage.StateDatabase;

/**
 * The child process {@link KillRestartCheck} kills with SIGKILL: does one kind of write in a loop,
 * forever, printing a line after each completed one.
 *
 * <ul>
 *   <li>{@code reindex <articles> <index>}: rebuilds the index from the articles, again and again;
 *   <li>{@code subscriptions <data>}: subscribes, moves and unsubscribes chats in the state
 *       database, again and again.
 * </ul>
 */
public final class CrashLoop {
  private CrashLoop() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "reindex" -> reindex(Path.of(args[1]), Path.of(args[2]));
      case "subscriptions" -> subscriptions(Path.of(args[1]));
      default ->
          throw new IllegalArgumentException(
              "reindex <articles> <index> | subscriptions <data>: " + args[0]);
    }
  }

  private static void reindex(Path articles, Path indexDir) throws Exception {
    try (SearchIndex index = SearchIndex.open(indexDir)) {
      Reindexer reindexer =
          new Reindexer(
              new ArticleStore(articles, new ArticleParser(2_000_000)), index, Clock.systemUTC());
      for (long n = 1; ; n++) {
        reindexer.rebuild();
        System.out.println("rebuilt " + n);
        System.out.flush();
      }
    }
  }

  private static void subscriptions(Path dataDir) throws Exception {
    StateDatabase db = StateDatabase.open(dataDir); // never closed: the loop ends with a SIGKILL
    SubscriptionStore store = SubscriptionStore.open(db, Clock.systemUTC());
    for (long n = 1; ; n++) {
      long chat = 1 + n % 500;
      if (n % 3 == 0) store.unsubscribe(chat);
      else store.subscribe(chat, null, LocalTime.of((int) (n % 24), (int) (n % 60)));
      System.out.println("written " + n);
      System.out.flush();
    }
  }
}
