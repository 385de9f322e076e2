package org.zoneledger.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.zoneledger.client.broker.FreePort;
import org.zoneledger.client.launch.H2Server;

/**
 * A node database of a test: an H2 file database in the test's folder (embedded default, shared by
 * the node's instances through H2's automatic mixed mode) or, with {@code -Dit.db=postgresql}, a
 * PostgreSQL database created for the test on 127.0.0.1:5432 and dropped afterwards.
 */
public abstract sealed class TestDatabase implements AutoCloseable {

  /** The database flavour of this run: {@code h2} (default) or {@code postgresql}. */
  public static String flavour() {
    return System.getProperty("it.db", "h2").toLowerCase(Locale.ROOT);
  }

  public static TestDatabase create(Path dir) {
    return flavour().startsWith("postgres") ? new Postgres() : new H2(dir);
  }

  /** The environment a Payara instance needs to use this database. */
  public abstract Map<String, String> env();

  /** A connection for the test's own checks. */
  public abstract Connection connect() throws SQLException;

  @Override
  public void close() {}

  /** An H2 server process of the test's own, so killing any instance leaves the database. */
  static final class H2 extends TestDatabase {
    private final H2Server server;
    private final String url;

    H2(Path dir) {
      try {
        this.server = H2Server.start(dir.resolve("db"), FreePort.pick(), Duration.ofSeconds(60));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      this.url = server.url("node");
    }

    @Override
    public Map<String, String> env() {
      return Map.of(
          "ZONELEDGER_DB_DATASOURCE", "org.zoneledger.persistence.jdbc.H2LocalDataSource",
          "ZONELEDGER_DB_URL", url,
          "ZONELEDGER_DB_USER", "sa",
          "ZONELEDGER_DB_PASSWORD", "sa");
    }

    @Override
    public Connection connect() throws SQLException {
      return DriverManager.getConnection(url, "sa", "sa");
    }

    @Override
    public void close() {
      try {
        server.stop();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  static final class Postgres extends TestDatabase {
    private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String USER = System.getProperty("it.pg.user", "postgres");
    private final String name = "zl_it_" + UUID.randomUUID().toString().replace("-", "");

    Postgres() {
      admin("CREATE DATABASE " + name);
    }

    private String url() {
      return "jdbc:postgresql://127.0.0.1:5432/" + name;
    }

    @Override
    public Map<String, String> env() {
      return Map.of(
          "ZONELEDGER_DB_DATASOURCE",
          "org.postgresql.ds.PGSimpleDataSource",
          "ZONELEDGER_DB_URL",
          url(),
          "ZONELEDGER_DB_USER",
          USER,
          "ZONELEDGER_DB_PASSWORD",
          "");
    }

    @Override
    public Connection connect() throws SQLException {
      return DriverManager.getConnection(url(), USER, "");
    }

    @Override
    public void close() {
      admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void admin(String sql) {
      try (Connection c = DriverManager.getConnection(ADMIN_URL, USER, "");
          Statement s = c.createStatement()) {
        s.execute(sql);
      } catch (SQLException e) {
        throw new IllegalStateException("PostgreSQL at 127.0.0.1:5432: " + sql + ": " + e, e);
      }
    }
  }
}
