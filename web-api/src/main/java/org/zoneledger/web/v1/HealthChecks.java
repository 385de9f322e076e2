package org.zoneledger.web.v1;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.resource.ResourceException;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.zoneledger.consensus.application.NodeContext;
import org.zoneledger.consensus.config.Settings;
import org.zoneledger.kafka.api.KafkaConnection;
import org.zoneledger.kafka.api.KafkaConnectionFactory;

/**
 * The checks behind {@code GET /api/v1/healthchecks}, each a real round trip, each cached for
 * {@value #CACHE_SETTING} ms (default {@value #DEFAULT_CACHE_MS}):
 *
 * <ul>
 *   <li>database: one read ({@code SELECT MAX(VERSION) FROM SCHEMA_VERSION}) and one write that
 *       changes nothing ({@code UPDATE … WHERE 1 = 0}, which a read-only or failed-over database
 *       refuses), on a connection of the node's data source, {@value #QUERY_TIMEOUT_S} s each at
 *       most;
 *   <li>broker: every partition of the zone's {@code requests} topic, where the API appends client
 *       requests, answers a log-offsets round trip from its leader (through the application's Kafka
 *       connection factory, within its read time-out). A node without consensus has no topic to
 *       write to: {@code false}.
 * </ul>
 *
 * No transaction: nothing here belongs to one.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HealthChecks {

  static final String CACHE_SETTING = "zoneledger.api.health-cache-ms";
  static final long DEFAULT_CACHE_MS = 5_000;
  static final int QUERY_TIMEOUT_S = 2;
  private static final Logger LOG = Logger.getLogger(HealthChecks.class.getName());

  /** What the database answered. */
  record DatabaseHealth(boolean canRead, boolean canWrite) {}

  // looked up, not injected: in the EAR, resource references of an EJB packaged in the WAR are
  // bound twice in the module's namespace and the deployment fails ("Naming binding already
  // exists")
  static final String DATA_SOURCE = "java:app/jdbc/zoneledger";
  static final String KAFKA = "java:app/kafka/factory";

  @EJB private NodeContext node;

  private String version;
  private TimedCache<DatabaseHealth> database;
  private TimedCache<Boolean> broker;

  @PostConstruct
  void init() {
    Duration ttl =
        Duration.ofMillis(
            Long.parseLong(Settings.get(CACHE_SETTING, Long.toString(DEFAULT_CACHE_MS))));
    version = buildVersion();
    database = new TimedCache<>(this::probeDatabase, ttl);
    broker = new TimedCache<>(this::probeBroker, ttl);
  }

  public HealthReport report() {
    DatabaseHealth db = database.get();
    return new HealthReport(version, broker.get(), db.canRead(), db.canWrite(), node.enabled());
  }

  private DatabaseHealth probeDatabase() {
    boolean canRead = false;
    boolean canWrite = false;
    try (Connection connection = InitialContext.<DataSource>doLookup(DATA_SOURCE).getConnection();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(QUERY_TIMEOUT_S);
      try (ResultSet rs = statement.executeQuery("SELECT MAX(VERSION) FROM SCHEMA_VERSION")) {
        canRead = rs.next() && rs.getObject(1) != null;
      } catch (SQLException e) {
        LOG.log(Level.WARNING, "health: the database refused a read", e);
      }
      try {
        statement.executeUpdate("UPDATE SCHEMA_VERSION SET VERSION = VERSION WHERE 1 = 0");
        canWrite = true;
      } catch (SQLException e) {
        LOG.log(Level.WARNING, "health: the database refused a write", e);
      }
    } catch (SQLException | NamingException | RuntimeException e) {
      LOG.log(Level.WARNING, "health: no database connection", e);
    }
    return new DatabaseHealth(canRead, canWrite);
  }

  private Boolean probeBroker() {
    if (!node.enabled()) {
      return false;
    }
    String topic = node.topics().requests();
    try (KafkaConnection connection =
        InitialContext.<KafkaConnectionFactory>doLookup(KAFKA).getConnection()) {
      int partitions = connection.partitionCount(topic);
      for (int p = 0; p < partitions; p++) {
        // beyond the log end: the leader answers the partition's offsets, no record is fetched
        connection.read(topic, p, Long.MAX_VALUE);
      }
      return partitions > 0;
    } catch (ResourceException | NamingException | RuntimeException e) {
      LOG.log(Level.WARNING, "health: the broker did not answer for " + topic + ": " + e);
      return false;
    }
  }

  /** The project version the WAR was built from ({@code zoneledger-build.properties}). */
  static String buildVersion() {
    try (InputStream in = HealthChecks.class.getResourceAsStream("/zoneledger-build.properties")) {
      if (in == null) {
        return HealthReport.NOT_APPLICABLE;
      }
      Properties build = new Properties();
      build.load(in);
      return build.getProperty("version", HealthReport.NOT_APPLICABLE);
    } catch (IOException e) {
      return HealthReport.NOT_APPLICABLE;
    }
  }
}
