package org.zoneledger.consensus.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.zoneledger.persistence.schema.SchemaMigrator;

/**
 * Applies the schema migrations at deployment. Services call {@link #awaitMigrated()} first: the
 * container does not let a call into a singleton through before its initialisation finished, so no
 * consumer touches the database before the schema is there, whatever the start-up order.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaStartup {

  private static final Logger LOG = Logger.getLogger(SchemaStartup.class.getName());

  @Resource(lookup = "java:app/jdbc/zoneledger")
  private DataSource dataSource;

  @PostConstruct
  void migrate() {
    var applied = new SchemaMigrator(dataSource).migrate();
    LOG.info(() -> "node database schema up to date; applied now: " + applied);
  }

  @Lock(LockType.READ)
  public void awaitMigrated() {
    // Reaching this method is the guarantee: @PostConstruct has completed.
  }
}
