package org.peacetalks.storage;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * {@link FeedbackRepository} in the state database: a {@code feedback} row per record and a {@code
 * feedback_passage} row per passage shown, written in one transaction. Thread-safe.
 */
public final class FeedbackTable implements FeedbackRepository {
  /** Questions are stored up to this many characters (Telegram allows 4,096 in a message). */
  static final int MAX_QUESTION = 1_000;

  private final StateDatabase db;
  private final Clock clock;

  public FeedbackTable(StateDatabase db, Clock clock) {
    this.db = Objects.requireNonNull(db, "db == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  @Override
  public void record(long chatId, String question, List<PassageRef> passages, Vote vote)
      throws IOException {
    Objects.requireNonNull(question, "question == null");
    Objects.requireNonNull(vote, "vote == null");
    List<PassageRef> shown = List.copyOf(passages);
    String q = question.length() > MAX_QUESTION ? question.substring(0, MAX_QUESTION) : question;
    long at = Micros.of(clock.instant());
    db.write(
        c -> {
          long id;
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT INTO feedback (at, chat_id, question, kind) VALUES (?, ?, ?, ?)",
                  Statement.RETURN_GENERATED_KEYS)) {
            p.setLong(1, at);
            p.setLong(2, chatId);
            p.setString(3, q);
            p.setString(4, kind(vote));
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
              keys.next();
              id = keys.getLong(1);
            }
          }
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT INTO feedback_passage (feedback_id, rank, article_id, paragraph) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < shown.size(); i++) {
              p.setLong(1, id);
              p.setInt(2, i + 1);
              p.setString(3, shown.get(i).articleId());
              p.setInt(4, shown.get(i).paragraph());
              p.executeUpdate();
            }
          }
          return null;
        });
  }

  @Override
  public List<Feedback> listNegative(int limit) throws IOException {
    if (limit < 1) throw new IllegalArgumentException("limit < 1: " + limit);
    return db.read(
        c -> {
          Map<Long, Feedback> rows = new LinkedHashMap<>();
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT id, at, chat_id, question, kind FROM feedback "
                      + "WHERE kind <> 'up' ORDER BY at DESC, id DESC LIMIT ?")) {
            p.setInt(1, limit);
            try (ResultSet rs = p.executeQuery()) {
              while (rs.next()) {
                rows.put(
                    rs.getLong(1),
                    new Feedback(
                        rs.getLong(1),
                        Micros.toInstant(rs.getLong(2)),
                        rs.getLong(3),
                        rs.getString(4),
                        vote(rs.getString(5)),
                        List.of()));
              }
            }
          }
          List<Feedback> out = new ArrayList<>(rows.size());
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT article_id, paragraph FROM feedback_passage WHERE feedback_id = ? ORDER BY rank")) {
            for (Feedback f : rows.values()) {
              p.setLong(1, f.id());
              List<PassageRef> passages = new ArrayList<>();
              try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) passages.add(new PassageRef(rs.getString(1), rs.getInt(2)));
              }
              out.add(new Feedback(f.id(), f.at(), f.chatId(), f.question(), f.vote(), passages));
            }
          }
          return out;
        });
  }

  @Override
  public NegativeCounts countNegative() throws IOException {
    return db.read(
        c -> {
          long down = 0;
          long noAnswer = 0;
          try (PreparedStatement p =
                  c.prepareStatement(
                      "SELECT kind, COUNT(*) FROM feedback WHERE kind <> 'up' GROUP BY kind");
              ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
              if (vote(rs.getString(1)) == Vote.DOWN) down = rs.getLong(2);
              else noAnswer = rs.getLong(2);
            }
          }
          return new NegativeCounts(down, noAnswer);
        });
  }

  private static String kind(Vote vote) {
    return vote.name().toLowerCase(Locale.ROOT);
  }

  private static Vote vote(String kind) {
    return Vote.valueOf(kind.toUpperCase(Locale.ROOT));
  }
}
