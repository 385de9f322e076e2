package org.zoneledger.it.echo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.zoneledger.it.support.TestDatabase;

/** What the echo consumer stored in a node's database, read with plain JDBC. */
final class EchoTable {

  /** One stored effect: where the record was, and which instance stored it. */
  record Row(long id, int partition, long offset, String key, String consumer) {}

  private final TestDatabase database;
  private final String topic;

  EchoTable(TestDatabase database, String topic) {
    this.database = database;
    this.topic = topic;
  }

  long count() throws SQLException {
    return single("SELECT COUNT(*) FROM ECHO_RECORD WHERE TOPIC = ?");
  }

  long distinctRecords() throws SQLException {
    return single(
        "SELECT COUNT(*) FROM (SELECT DISTINCT PART, OFFS FROM ECHO_RECORD WHERE TOPIC = ?) d");
  }

  long attempts(long offset) throws SQLException {
    try (Connection c = database.connect();
        PreparedStatement p =
            c.prepareStatement("SELECT COUNT(*) FROM ECHO_ATTEMPT WHERE TOPIC = ? AND OFFS = ?")) {
      p.setString(1, topic);
      p.setLong(2, offset);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Every row, in the order the database stored them. */
  List<Row> rows() throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (Connection c = database.connect();
        PreparedStatement p =
            c.prepareStatement(
                "SELECT ID, PART, OFFS, RECORD_KEY, CONSUMER FROM ECHO_RECORD WHERE TOPIC = ?"
                    + " ORDER BY ID")) {
      p.setString(1, topic);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          rows.add(
              new Row(
                  rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getString(4), rs.getString(5)));
        }
      }
    }
    return rows;
  }

  /** Offsets per partition, in the order they were stored. */
  Map<Integer, List<Long>> offsetsByPartition() throws SQLException {
    Map<Integer, List<Long>> byPartition = new TreeMap<>();
    for (Row row : rows()) {
      byPartition.computeIfAbsent(row.partition(), p -> new ArrayList<>()).add(row.offset());
    }
    return byPartition;
  }

  /** Polls until at least {@code expected} rows are stored; returns the last count seen. */
  long awaitCount(long expected, Duration timeout) throws SQLException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    long count = count();
    while (count < expected && System.nanoTime() < deadline) {
      Thread.sleep(250);
      count = count();
    }
    return count;
  }

  private long single(String sql) throws SQLException {
    try (Connection c = database.connect();
        PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, topic);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      if (e.getMessage() != null && e.getMessage().contains("ECHO_RECORD")) {
        return 0; // schema not migrated yet
      }
      throw e;
    }
  }
}
