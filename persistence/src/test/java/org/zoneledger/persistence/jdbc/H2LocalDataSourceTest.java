package org.zoneledger.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.ConnectionPoolDataSource;
import javax.sql.XADataSource;
import org.junit.jupiter.api.Test;

class H2LocalDataSourceTest {

  @Test
  void isAPlainDataSourceSoTheContainerPoolsItWithLocalTransactions() {
    assertThat(new H2LocalDataSource())
        .isNotInstanceOf(XADataSource.class)
        .isNotInstanceOf(ConnectionPoolDataSource.class);
  }

  @Test
  void connectsWithTheUrlUserAndPasswordTheContainerSetsAndCommitsLocally() throws Exception {
    H2LocalDataSource ds = new H2LocalDataSource();
    ds.setUrl("jdbc:h2:mem:h2-local-ds;DB_CLOSE_DELAY=-1");
    ds.setUser("sa");
    ds.setPassword("sa");

    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE T(ID INT)");
      c.setAutoCommit(false);
      s.execute("INSERT INTO T VALUES (1)");
      c.rollback();
      s.execute("INSERT INTO T VALUES (2)");
      c.commit();
    }
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT ID FROM T")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(2);
      assertThat(rs.next()).isFalse();
    }
    assertThat(ds.getUrl()).isEqualTo("jdbc:h2:mem:h2-local-ds;DB_CLOSE_DELAY=-1");
    assertThat(ds.getUser()).isEqualTo("sa");
  }
}
