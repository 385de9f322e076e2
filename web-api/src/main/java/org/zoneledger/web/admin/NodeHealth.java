package org.zoneledger.web.admin;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.zoneledger.consensus.schema.SchemaStartup;

/** Checks the parts a node needs and reports what the echo path stored. */
@Stateless
public class NodeHealth {

  /** Health of the node's parts; healthy when every part is. */
  public record Report(boolean healthy, int schemaVersion, String instance) {}

  /** What the echo consumer stored for one topic: rows, distinct records and the instances. */
  public record EchoStats(String topic, long records, long distinct, long instances) {}

  @PersistenceContext(unitName = "zoneledger")
  private EntityManager em;

  @EJB private SchemaStartup schema;

  public Report check() {
    schema.awaitMigrated();
    Number version =
        (Number) em.createNativeQuery("SELECT MAX(VERSION) FROM SCHEMA_VERSION").getSingleResult();
    return new Report(version != null, version == null ? 0 : version.intValue(), instanceName());
  }

  public EchoStats echoStats(String topic) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT COUNT(*), COUNT(DISTINCT CONCAT(CAST(PART AS VARCHAR(12)), '/',"
                        + " CAST(OFFS AS VARCHAR(24)))), COUNT(DISTINCT CONSUMER)"
                        + " FROM ECHO_RECORD WHERE TOPIC = ?1")
                .setParameter(1, topic)
                .getSingleResult();
    return new EchoStats(
        topic,
        ((Number) row[0]).longValue(),
        ((Number) row[1]).longValue(),
        ((Number) row[2]).longValue());
  }

  private static String instanceName() {
    return System.getProperty("zoneledger.instance", "instance");
  }
}
