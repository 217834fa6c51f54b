package org.peacetalks.digest;

import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.peacetalks.admin.IntakeJournal;
import org.peacetalks.search.ArticleSummary;
import org.peacetalks.search.SearchIndex;

/**
 * The article ledger as the /add intake's journal: each add is begun, finished or abandoned in the
 * ledger, which is also how the digest learns of each article added.
 */
public final class LedgerJournal implements IntakeJournal {
  private final ArticleLedger ledger;
  private final SearchIndex index;
  private final Clock clock;

  public LedgerJournal(ArticleLedger ledger, SearchIndex index, Clock clock) {
    this.ledger = Objects.requireNonNull(ledger, "ledger == null");
    this.index = Objects.requireNonNull(index, "index == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  @Override
  public Optional<String> articleWithHash(String contentHash) throws IOException {
    return ledger.articleWithHash(contentHash);
  }

  @Override
  public boolean lacksHashes() throws IOException {
    return ledger.lacksHashes();
  }

  /**
   * A ledger not started yet would take its first entries as the initial import (never in a
   * digest), so it is first started with the articles indexed before.
   */
  @Override
  public void begin(String articleId, String contentHash, String fileName) throws IOException {
    ledger.beginAdd(
        articleId,
        contentHash,
        fileName,
        clock.instant(),
        () -> {
          Map<String, String> before = new LinkedHashMap<>();
          for (ArticleSummary a : index.articles()) before.put(a.id(), null);
          return before;
        });
  }

  @Override
  public void finish(ArticleSummary added) throws IOException {
    ledger.finishAdd(added.id(), clock.instant());
  }

  @Override
  public void abandon(String articleId) throws IOException {
    ledger.abandonAdd(articleId);
  }

  @Override
  public List<Unfinished> unfinished() throws IOException {
    return ledger.unfinishedAdds().stream()
        .map(p -> new Unfinished(p.articleId(), p.fileName()))
        .toList();
  }
}
