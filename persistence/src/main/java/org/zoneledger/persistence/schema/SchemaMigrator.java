package org.zoneledger.persistence.schema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Applies the versioned SQL scripts listed in {@code db/migration/migrations.txt} (one {@code
 * <version> <file>} per line, in order) that the database has not seen yet, recording each in
 * {@code SCHEMA_VERSION}. Scripts use SQL common to H2 and PostgreSQL; statements are separated by
 * {@code ;} at the end of a line.
 */
public final class SchemaMigrator {

  private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());
  private static final String INDEX = "db/migration/migrations.txt";

  private final DataSource dataSource;

  public SchemaMigrator(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Brings the schema up to date; returns the versions applied by this call. */
  public List<Integer> migrate() {
    List<Integer> applied = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute(
            "CREATE TABLE IF NOT EXISTS SCHEMA_VERSION (VERSION INT PRIMARY KEY,"
                + " SCRIPT VARCHAR(200) NOT NULL, APPLIED_AT TIMESTAMP NOT NULL)");
      }
      c.commit();
      int current = currentVersion(c);
      for (Migration m : Migration.index(load(INDEX))) {
        if (m.version() > current) {
          apply(c, m);
          applied.add(m.version());
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("schema migration failed: " + e.getMessage(), e);
    }
    return applied;
  }

  private static int currentVersion(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(VERSION), 0) FROM SCHEMA_VERSION")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private void apply(Connection c, Migration m) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String sql : m.statements(load("db/migration/" + m.script()))) {
        s.execute(sql);
      }
      try (PreparedStatement p =
          c.prepareStatement(
              "INSERT INTO SCHEMA_VERSION (VERSION, SCRIPT, APPLIED_AT)"
                  + " VALUES (?, ?, CURRENT_TIMESTAMP)")) {
        p.setInt(1, m.version());
        p.setString(2, m.script());
        p.executeUpdate();
      }
      c.commit();
      LOG.info(() -> "applied schema migration " + m.version() + " " + m.script());
    } catch (SQLException e) {
      c.rollback();
      throw e;
    }
  }

  private static String load(String resource) {
    try (InputStream in = SchemaMigrator.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing migration resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
  }
}
