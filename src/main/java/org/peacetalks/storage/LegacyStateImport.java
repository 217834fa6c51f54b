package org.peacetalks.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first start of a version with the state database, on a data folder an earlier version wrote:
 * {@code subscriptions.json}, {@code articles-added.json}, {@code telegram-updates.json}, {@code
 * blocked-chats.txt} and {@code question-stats.json} are read, all of them, before anything is
 * written; then imported in one transaction (which also records that the import happened), and only
 * then renamed {@code NAME.imported}. A file that does not read stops start-up with one line naming
 * it, and nothing is imported or renamed. A crash after the commit and before the renames leaves
 * files that the next start renames without importing them again.
 */
final class LegacyStateImport {
  private static final Logger log = LoggerFactory.getLogger(LegacyStateImport.class);
  static final String SUBSCRIPTIONS = "subscriptions.json";
  static final String ARTICLES = "articles-added.json";
  static final String UPDATES = "telegram-updates.json";
  static final String BLOCKED = "blocked-chats.txt";
  static final String QUESTIONS = "question-stats.json";
  static final List<String> FILES = List.of(SUBSCRIPTIONS, ARTICLES, UPDATES, BLOCKED, QUESTIONS);

  /** The setting that records the import, with its time. */
  static final String DONE = "legacy_json_imported_at";

  private static final String SUFFIX = ".imported";

  private final ObjectMapper mapper = new ObjectMapper();
  private final Path dataDir;

  private LegacyStateImport(Path dataDir) {
    this.dataDir = dataDir;
  }

  static void run(StateDatabase db, Path dataDir) throws IOException {
    List<Path> present = new ArrayList<>();
    for (String name : FILES) {
      Path f = dataDir.resolve(name);
      if (Files.isRegularFile(f)) present.add(f);
    }
    if (present.isEmpty()) return;
    boolean done = db.read(c -> Settings.get(c, DONE) != null);
    if (!done) new LegacyStateImport(dataDir).importAll(db);
    for (Path f : present) {
      Path to = f.resolveSibling(f.getFileName() + SUFFIX);
      Files.move(f, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    log.info(
        "Imported the state files {} into {}; they are kept as *{}",
        present.stream().map(Path::getFileName).toList(),
        db.file(),
        SUFFIX);
  }

  private void importAll(StateDatabase db) throws IOException {
    JsonNode subscriptions = json(SUBSCRIPTIONS);
    JsonNode articles = json(ARTICLES);
    JsonNode updates = json(UPDATES);
    JsonNode questions = json(QUESTIONS);
    List<Long> blocked = blockedChats();
    try {
      db.write(
          c -> {
            if (subscriptions != null) importSubscriptions(c, subscriptions);
            if (articles != null) importArticles(c, articles);
            if (updates != null) importUpdates(c, updates);
            if (questions != null) importQuestions(c, questions);
            importBlocked(c, blocked);
            Settings.put(c, DONE, Instant.now().toString());
            return null;
          });
    } catch (IOException e) {
      // A value that did not read, found half way: the transaction is rolled back; name the file.
      if (e.getCause() instanceof SQLException s
          && s.getCause() instanceof CorruptStateException corrupt) throw corrupt;
      throw e;
    }
  }

  /** The file's JSON, or null when it is absent; a file that does not parse stops the import. */
  private JsonNode json(String name) throws IOException {
    Path f = dataDir.resolve(name);
    if (!Files.isRegularFile(f)) return null;
    JsonNode root;
    try {
      root = mapper.readTree(f.toFile());
    } catch (IOException e) {
      throw corrupt(
          f,
          e instanceof com.fasterxml.jackson.core.JsonProcessingException j
              ? j.getOriginalMessage()
              : e.getMessage(),
          e);
    }
    if (root == null || !root.isObject()) throw corrupt(f, "not a JSON object", null);
    return root;
  }

  private CorruptStateException corrupt(Path f, String problem, Throwable cause) {
    return new CorruptStateException(
        f,
        problem,
        "nothing was imported; repair or remove that file (it is an earlier version's state) and start again",
        cause);
  }

  private void importSubscriptions(Connection c, JsonNode root) throws SQLException {
    Path f = dataDir.resolve(SUBSCRIPTIONS);
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT OR REPLACE INTO subscription "
                + "(chat_id, thread_id, send_time, subscribed_at, last_digest_date, last_digest_at) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (JsonNode s : root.path("subscriptions")) {
        try {
          long chat = s.path("chatId").asLong(0);
          if (chat == 0) throw new IllegalArgumentException("a subscription without chatId");
          p.setLong(1, chat);
          if (s.hasNonNull("messageThreadId")) p.setInt(2, s.get("messageThreadId").asInt());
          else p.setNull(2, java.sql.Types.INTEGER);
          p.setString(3, LocalTime.parse(s.path("time").asText()).toString());
          p.setLong(4, Micros.of(Instant.parse(s.path("subscribedAt").asText())));
          if (s.hasNonNull("lastDigestDate"))
            p.setString(5, LocalDate.parse(s.get("lastDigestDate").asText()).toString());
          else p.setNull(5, java.sql.Types.VARCHAR);
          if (s.hasNonNull("lastDigestAt"))
            p.setLong(6, Micros.of(Instant.parse(s.get("lastDigestAt").asText())));
          else p.setNull(6, java.sql.Types.INTEGER);
        } catch (DateTimeParseException | IllegalArgumentException e) {
          throw new SQLException(corrupt(f, e.getMessage(), e));
        }
        p.executeUpdate();
      }
    }
  }

  private void importArticles(Connection c, JsonNode root) throws SQLException {
    Path f = dataDir.resolve(ARTICLES);
    try {
      if (root.hasNonNull("startedAt")) {
        Settings.put(
            c,
            Settings.LEDGER_STARTED,
            String.valueOf(Micros.of(Instant.parse(root.get("startedAt").asText()))));
      }
      try (PreparedStatement p =
          c.prepareStatement(
              "INSERT OR REPLACE INTO article (id, added_at, initial, state) VALUES (?, ?, ?, 'indexed')")) {
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("articles").fields();
            it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          p.setString(1, e.getKey());
          p.setLong(2, Micros.of(Instant.parse(e.getValue().path("addedAt").asText())));
          p.setInt(3, e.getValue().path("initial").asBoolean(false) ? 1 : 0);
          p.executeUpdate();
        }
      }
    } catch (DateTimeParseException e) {
      throw new SQLException(corrupt(f, e.getMessage(), e));
    }
  }

  private void importUpdates(Connection c, JsonNode root) throws SQLException {
    Settings.put(
        c,
        Settings.LAST_HANDLED_UPDATE,
        String.valueOf(root.path("lastHandledUpdateId").asLong(0)));
    try (PreparedStatement p =
        c.prepareStatement("INSERT OR IGNORE INTO update_handled_above (update_id) VALUES (?)")) {
      for (JsonNode id : root.path("handledAbove")) {
        p.setLong(1, id.asLong());
        p.executeUpdate();
      }
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT OR REPLACE INTO update_pending (update_id, body) VALUES (?, ?)")) {
      for (JsonNode u : root.path("pending")) {
        if (!u.hasNonNull("update_id")) continue;
        p.setLong(1, u.get("update_id").asLong());
        p.setString(2, u.toString());
        p.executeUpdate();
      }
    }
  }

  private void importQuestions(Connection c, JsonNode root) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT OR REPLACE INTO question_count (id, total, day, today) VALUES (1, ?, ?, ?)")) {
      p.setLong(1, Math.max(0, root.path("total").asLong(0)));
      p.setString(2, root.path("day").asText(""));
      p.setLong(3, Math.max(0, root.path("today").asLong(0)));
      p.executeUpdate();
    }
  }

  /**
   * The ids of {@code blocked-chats.txt}; lines that are not ids are skipped with a warning, as
   * before.
   */
  private List<Long> blockedChats() throws IOException {
    Path f = dataDir.resolve(BLOCKED);
    List<Long> ids = new ArrayList<>();
    if (!Files.isRegularFile(f)) return ids;
    for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("#")) continue;
      try {
        ids.add(Long.parseLong(s));
      } catch (NumberFormatException e) {
        log.warn("Ignoring line '{}' of {}: not a chat id", s, f);
      }
    }
    return ids;
  }

  private static void importBlocked(Connection c, List<Long> ids) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT OR IGNORE INTO blocked_chat (chat_id, blocked_at) VALUES (?, ?)")) {
      for (long id : ids) {
        p.setLong(1, id);
        p.setLong(2, Micros.of(Instant.now()));
        p.executeUpdate();
      }
    }
  }
}
