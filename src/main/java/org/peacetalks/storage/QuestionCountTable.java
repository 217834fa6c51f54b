package org.peacetalks.storage;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code question_count} table's one row: questions answered in total and on one named UTC day.
 * Thread-safe.
 */
public final class QuestionCountTable {
  /** The counts as stored. */
  public record Stored(long total, LocalDate day, long today) {}

  private final StateDatabase db;

  public QuestionCountTable(StateDatabase db) {
    this.db = Objects.requireNonNull(db, "db == null");
  }

  /**
   * The row, or empty before the first question; a day that does not parse reads as none counted.
   */
  public Optional<Stored> read() throws IOException {
    return db.read(
        c -> {
          try (ResultSet rs =
              c.createStatement()
                  .executeQuery("SELECT total, day, today FROM question_count WHERE id = 1")) {
            if (!rs.next()) return Optional.empty();
            LocalDate day;
            try {
              day = LocalDate.parse(rs.getString(2));
            } catch (RuntimeException e) {
              day = null;
            }
            return Optional.of(
                new Stored(Math.max(0, rs.getLong(1)), day, Math.max(0, rs.getLong(3))));
          }
        });
  }

  /** Replaces the row: one statement, one transaction. */
  public void write(long total, LocalDate day, long today) throws IOException {
    db.write(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT INTO question_count (id, total, day, today) "
                      + "VALUES (1, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET total = excluded.total, day = excluded.day, "
                      + "today = excluded.today")) {
            p.setLong(1, total);
            p.setString(2, day.toString());
            p.setLong(3, today);
            return p.executeUpdate();
          }
        });
  }
}
