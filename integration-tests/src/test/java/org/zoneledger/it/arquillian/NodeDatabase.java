package org.zoneledger.it.arquillian;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.zoneledger.it.support.TestDatabase;

/**
 * The database of the Arquillian-managed instance, as the Failsafe JVM's environment (which the
 * instance inherits) names it: {@code ZONELEDGER_DB_URL}, {@code ZONELEDGER_DB_USER}, {@code
 * ZONELEDGER_DB_PASSWORD} with the application's defaults. An H2 file database creates itself; a
 * PostgreSQL one is created on the same server through its {@code postgres} maintenance database
 * and dropped afterwards.
 */
final class NodeDatabase {

  private final String url;
  private final String user;
  private final String password;

  private NodeDatabase(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  static NodeDatabase fromEnvironment() {
    String url =
        Optional.ofNullable(System.getenv("ZONELEDGER_DB_URL"))
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "ZONELEDGER_DB_URL not set: run the tests with mvn verify (Failsafe sets"
                            + " it for the Arquillian instance)"));
    NodeDatabase database =
        new NodeDatabase(
            url,
            Optional.ofNullable(System.getenv("ZONELEDGER_DB_USER")).orElse("sa"),
            Optional.ofNullable(System.getenv("ZONELEDGER_DB_PASSWORD")).orElse("sa"));
    boolean wantPostgres = TestDatabase.flavour().startsWith("postgres");
    if (wantPostgres != database.isPostgres()) {
      throw new IllegalStateException(
          "it.db="
              + TestDatabase.flavour()
              + " but the Arquillian instance's ZONELEDGER_DB_URL is "
              + url
              + ": choose PostgreSQL with the Maven profile -Ppostgres, which sets both");
    }
    return database;
  }

  String url() {
    return url;
  }

  boolean isPostgres() {
    return url.startsWith("jdbc:postgresql:");
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  /** Creates a PostgreSQL database; nothing to do for H2. */
  void create() {
    if (isPostgres()) {
      admin("CREATE DATABASE " + name());
    }
  }

  /** Drops a PostgreSQL database, closing what still uses it; H2 files stay for inspection. */
  void drop() {
    if (isPostgres()) {
      admin("DROP DATABASE IF EXISTS " + name() + " WITH (FORCE)");
    }
  }

  /** The database name: the URL's path after the server, without parameters. */
  private String name() {
    String path = url.substring(url.lastIndexOf('/') + 1);
    int query = path.indexOf('?');
    String name = query < 0 ? path : path.substring(0, query);
    if (!name.matches("[a-z0-9_]+")) {
      throw new IllegalStateException("unexpected PostgreSQL database name in " + url);
    }
    return name;
  }

  private void admin(String sql) {
    String adminUrl = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
    try (Connection c = DriverManager.getConnection(adminUrl, user, password);
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(adminUrl + ": " + sql + ": " + e, e);
    }
  }
}
