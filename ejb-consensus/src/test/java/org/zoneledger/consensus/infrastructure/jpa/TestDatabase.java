package org.zoneledger.consensus.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.zoneledger.persistence.schema.SchemaMigrator;

/**
 * A real database for JPA tests without a container: an H2 in-memory database or a fresh PostgreSQL
 * database {@code zl_test_<random>} (dropped on {@link #close}), migrated by {@link
 * SchemaMigrator}, with the application's persistence unit {@code zoneledger} switched to
 * RESOURCE_LOCAL on it — so the tests also check that {@code persistence.xml} lists every entity.
 */
public final class TestDatabase implements AutoCloseable {
  /** The PostgreSQL server of this machine (trust authentication). */
  static final String POSTGRES_HOST = "127.0.0.1:5432";

  private static final String POSTGRES_ADMIN = "jdbc:postgresql://" + POSTGRES_HOST + "/test";

  private final String name;
  private final EntityManagerFactory emf;
  private final boolean postgres;

  private TestDatabase(String name, String url, String user, DataSource ds, boolean postgres) {
    this.name = name;
    this.postgres = postgres;
    new SchemaMigrator(ds).migrate();
    Map<String, Object> properties = new HashMap<>();
    properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    properties.put("jakarta.persistence.jtaDataSource", "");
    properties.put("jakarta.persistence.jdbc.url", url);
    properties.put("jakarta.persistence.jdbc.user", user);
    properties.put("jakarta.persistence.jdbc.password", "");
    properties.put("eclipselink.weaving", "false");
    properties.put("eclipselink.logging.level", "WARNING");
    properties.put("eclipselink.connection-pool.default.initial", "1");
    properties.put("eclipselink.connection-pool.default.min", "1");
    properties.put("eclipselink.connection-pool.default.max", "2");
    this.emf = Persistence.createEntityManagerFactory("zoneledger", properties);
  }

  public static TestDatabase h2(String name) {
    String url = "jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(url);
    ds.setUser("sa");
    return new TestDatabase(name, url, "sa", ds, false);
  }

  /** Whether {@code -Dit.db=postgresql} asks for PostgreSQL, or the server answers anyway. */
  public static boolean postgresWanted() {
    return "postgresql".equals(System.getProperty("it.db")) || postgresReachable();
  }

  private static boolean postgresReachable() {
    try (Connection c = DriverManager.getConnection(POSTGRES_ADMIN, "postgres", "")) {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  /** A new database on the local PostgreSQL server. */
  public static TestDatabase postgresql() {
    String name = "zl_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    admin("CREATE DATABASE " + name);
    String url = "jdbc:postgresql://" + POSTGRES_HOST + "/" + name;
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(url);
    ds.setUser("postgres");
    try {
      return new TestDatabase(name, url, "postgres", ds, true);
    } catch (RuntimeException e) {
      admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      throw e;
    }
  }

  public String name() {
    return name;
  }

  public EntityManagerFactory emf() {
    return emf;
  }

  /** Runs {@code work} in one transaction on a fresh entity manager, committing at the end. */
  public <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = emf.createEntityManager();
    EntityTransaction tx = em.getTransaction();
    try {
      tx.begin();
      T result = work.apply(em);
      tx.commit();
      return result;
    } finally {
      if (tx.isActive()) {
        tx.rollback();
      }
      em.close();
    }
  }

  /** Empties the node tables (there is no shared entity cache to go stale). */
  public void clear() {
    inTransaction(
        em -> {
          for (String table :
              List.of(
                  "CONSUMED_OFFSET",
                  "DRME_BEACON",
                  "DRME_REQUEST",
                  "DRME_REQUEST_OUTCOME",
                  "DRME_VOTE",
                  "DRME_BALLOT",
                  "DRME_ENTITY",
                  "DRME_QUEUED_PREPARE",
                  "DRME_PROOF",
                  "DRME_APPLIED_PROOF")) {
            em.createNativeQuery("DELETE FROM " + table).executeUpdate();
          }
          return null;
        });
  }

  @Override
  public void close() {
    emf.close();
    if (postgres) {
      admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }

  private static void admin(String sql) {
    try (Connection c = DriverManager.getConnection(POSTGRES_ADMIN, "postgres", "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
