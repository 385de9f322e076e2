package org.zoneledger.kafka.outbound;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.LocalTransaction;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionMetaData;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.security.auth.Subject;
import javax.transaction.xa.XAResource;

/**
 * A pooled "connection": only a view of the factory's shared producer and reader, so it is cheap
 * and holds no Kafka resources of its own. No transactions (records are sent when {@code send} is
 * called).
 */
final class KafkaManagedConnection implements ManagedConnection {

  private final KafkaManagedConnectionFactory factory;
  private final List<ConnectionEventListener> listeners = new CopyOnWriteArrayList<>();
  private final Set<KafkaConnectionHandle> handles = ConcurrentHashMap.newKeySet();
  private PrintWriter logWriter;

  KafkaManagedConnection(KafkaManagedConnectionFactory factory) {
    this.factory = factory;
  }

  KafkaManagedConnectionFactory factory() {
    return factory;
  }

  RecordSender sender() throws ResourceException {
    return factory.sender();
  }

  RecordReader reader() throws ResourceException {
    return factory.reader();
  }

  @Override
  public Object getConnection(Subject subject, ConnectionRequestInfo info) {
    KafkaConnectionHandle handle = new KafkaConnectionHandle(this);
    handles.add(handle);
    return handle;
  }

  @Override
  public void associateConnection(Object connection) throws ResourceException {
    if (!(connection instanceof KafkaConnectionHandle handle)) {
      throw new ResourceException("Not a Kafka connection handle: " + connection);
    }
    handle.associate(this);
    handles.add(handle);
  }

  void detach(KafkaConnectionHandle handle) {
    handles.remove(handle);
  }

  /** Called by a handle's {@code close()}: tells the container the handle is done. */
  void handleClosed(KafkaConnectionHandle handle) {
    handles.remove(handle);
    ConnectionEvent event = new ConnectionEvent(this, ConnectionEvent.CONNECTION_CLOSED);
    event.setConnectionHandle(handle);
    listeners.forEach(l -> l.connectionClosed(event));
  }

  @Override
  public void cleanup() {
    handles.forEach(KafkaConnectionHandle::invalidate);
    handles.clear();
  }

  @Override
  public void destroy() {
    cleanup();
  }

  @Override
  public void addConnectionEventListener(ConnectionEventListener listener) {
    listeners.add(listener);
  }

  @Override
  public void removeConnectionEventListener(ConnectionEventListener listener) {
    listeners.remove(listener);
  }

  @Override
  public XAResource getXAResource() throws ResourceException {
    throw new NotSupportedException("Kafka connections are not transactional");
  }

  @Override
  public LocalTransaction getLocalTransaction() throws ResourceException {
    throw new NotSupportedException("Kafka connections are not transactional");
  }

  @Override
  public ManagedConnectionMetaData getMetaData() {
    return new ManagedConnectionMetaData() {
      @Override
      public String getEISProductName() {
        return "Apache Kafka";
      }

      @Override
      public String getEISProductVersion() {
        return "";
      }

      @Override
      public int getMaxConnections() {
        return 0;
      }

      @Override
      public String getUserName() {
        return "";
      }
    };
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }
}
