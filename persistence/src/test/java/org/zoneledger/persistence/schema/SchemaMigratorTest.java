package org.zoneledger.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The migrations applied to a real (in-memory) H2 database, once. */
class SchemaMigratorTest {

  @Test
  void migratingAppliesEachScriptOnceAndRecordsItsVersion() throws Exception {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:migrator-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    SchemaMigrator migrator = new SchemaMigrator(ds);

    assertThat(migrator.migrate()).containsExactly(1, 2, 3);
    assertThat(migrator.migrate()).as("second run applies nothing").isEmpty();

    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM CONSUMED_OFFSET")) {
      rs.next();
      assertThat(rs.getLong(1)).isZero();
    }
  }
}
