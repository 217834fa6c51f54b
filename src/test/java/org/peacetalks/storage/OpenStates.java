package org.peacetalks.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * State databases a test opened, closed together at its end. Opening the same folder again is what
 * a restart does.
 */
public final class OpenStates implements AutoCloseable {
  private final List<StateDatabase> open = new ArrayList<>();

  public synchronized StateDatabase open(Path dataDir) throws IOException {
    StateDatabase db = StateDatabase.open(dataDir);
    open.add(db);
    return db;
  }

  @Override
  public synchronized void close() {
    open.forEach(StateDatabase::close);
    open.clear();
  }
}
