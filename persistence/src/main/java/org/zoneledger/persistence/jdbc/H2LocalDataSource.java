package org.zoneledger.persistence.jdbc;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The node's H2 database as a plain {@link DataSource}, for {@code ZONELEDGER_DB_DATASOURCE}.
 *
 * <p>H2's own {@link JdbcDataSource} is also an {@code XADataSource}, and the container pools an
 * {@code XADataSource} as an XA resource: every consumer delivery's transaction was then promoted
 * to a distributed (JTS) one and committed through its two-phase machinery, though the node
 * database is the only resource a delivery enlists (the Kafka connection factory is
 * non-transactional). A plain data source is pooled with local transactions, as PostgreSQL's {@code
 * PGSimpleDataSource} already was. The container configures it through the bean properties below.
 */
public class H2LocalDataSource implements DataSource {

  private final JdbcDataSource h2 = new JdbcDataSource();

  public String getUrl() {
    return h2.getURL();
  }

  public void setUrl(String url) {
    h2.setURL(url);
  }

  public String getURL() {
    return h2.getURL();
  }

  public void setURL(String url) {
    h2.setURL(url);
  }

  public String getUser() {
    return h2.getUser();
  }

  public void setUser(String user) {
    h2.setUser(user);
  }

  public void setPassword(String password) {
    h2.setPassword(password);
  }

  public String getDescription() {
    return h2.getDescription();
  }

  public void setDescription(String description) {
    h2.setDescription(description);
  }

  @Override
  public Connection getConnection() throws SQLException {
    return h2.getConnection();
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    return h2.getConnection(user, password);
  }

  @Override
  public PrintWriter getLogWriter() {
    return h2.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    h2.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) {
    h2.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() {
    return h2.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("no parent logger");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("not a wrapper of " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
