package org.zoneledger.kafka.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.resource.NotSupportedException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zoneledger.kafka.api.KafkaConnection;
import org.zoneledger.kafka.api.KafkaReadException;

class KafkaManagedConnectionTest {

  private static final class Events implements ConnectionEventListener {
    final List<Object> closedHandles = new ArrayList<>();

    @Override
    public void connectionClosed(ConnectionEvent event) {
      closedHandles.add(event.getConnectionHandle());
    }

    @Override
    public void localTransactionStarted(ConnectionEvent event) {}

    @Override
    public void localTransactionCommitted(ConnectionEvent event) {}

    @Override
    public void localTransactionRolledback(ConnectionEvent event) {}

    @Override
    public void connectionErrorOccurred(ConnectionEvent event) {}
  }

  @Test
  void closingAHandleTellsTheContainerOnce() {
    KafkaManagedConnection mc = new KafkaManagedConnection(new KafkaManagedConnectionFactory());
    Events events = new Events();
    mc.addConnectionEventListener(events);
    KafkaConnection handle = (KafkaConnection) mc.getConnection(null, null);
    handle.close();
    handle.close();
    assertThat(events.closedHandles).containsExactly(handle);
  }

  @Test
  void aClosedHandleRefusesToSend() {
    KafkaManagedConnection mc = new KafkaManagedConnection(new KafkaManagedConnectionFactory());
    KafkaConnection handle = (KafkaConnection) mc.getConnection(null, null);
    handle.close();
    assertThatThrownBy(() -> handle.send("t", null, null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Kafka connection is closed");
  }

  @Test
  void aClosedHandleRefusesToRead() {
    KafkaManagedConnection mc = new KafkaManagedConnection(new KafkaManagedConnectionFactory());
    KafkaConnection handle = (KafkaConnection) mc.getConnection(null, null);
    handle.close();
    assertThatThrownBy(() -> handle.read("t", 0, 0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Kafka connection is closed");
  }

  @Test
  void aReadTimeoutThatIsNoPositiveNumberFailsTheReadWithAClearMessage() {
    KafkaManagedConnectionFactory mcf = new KafkaManagedConnectionFactory();
    mcf.setBootstrapServers("127.0.0.1:1");
    mcf.setReadTimeoutMs("soon");
    KafkaConnection handle =
        (KafkaConnection) new KafkaManagedConnection(mcf).getConnection(null, null);
    assertThatThrownBy(() -> handle.read("t", 0, 0))
        .isInstanceOf(KafkaReadException.class)
        .hasMessageContaining("readTimeoutMs must be a positive number, was 'soon'");
  }

  @Test
  void factoriesThatDifferInTheirReadTimeoutAreNotEqual() {
    KafkaManagedConnectionFactory a = new KafkaManagedConnectionFactory();
    KafkaManagedConnectionFactory b = new KafkaManagedConnectionFactory();
    b.setReadTimeoutMs("1000");
    assertThat(a).isNotEqualTo(b);
    a.setReadTimeoutMs("1000");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
  }

  @Test
  void connectionsAreNotTransactional() {
    KafkaManagedConnection mc = new KafkaManagedConnection(new KafkaManagedConnectionFactory());
    assertThatThrownBy(mc::getXAResource).isInstanceOf(NotSupportedException.class);
    assertThatThrownBy(mc::getLocalTransaction).isInstanceOf(NotSupportedException.class);
  }

  @Test
  void aFactoryMatchesOnlyItsOwnConnections() {
    KafkaManagedConnectionFactory mine = new KafkaManagedConnectionFactory();
    KafkaManagedConnectionFactory other = new KafkaManagedConnectionFactory();
    KafkaManagedConnection theirs = new KafkaManagedConnection(other);
    KafkaManagedConnection ours = new KafkaManagedConnection(mine);
    assertThat(mine.matchManagedConnections(Set.of(theirs), null, null)).isNull();
    assertThat(mine.matchManagedConnections(Set.of(theirs, ours), null, null)).isSameAs(ours);
  }

  @Test
  void aFactoryWithoutBootstrapServersFailsWithAClearMessage() {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        System.getenv("ZONELEDGER_KAFKA_BOOTSTRAP") == null
            && System.getProperty("zoneledger.kafka.bootstrap") == null);
    KafkaManagedConnectionFactory mcf = new KafkaManagedConnectionFactory();
    KafkaConnection handle =
        (KafkaConnection) new KafkaManagedConnection(mcf).getConnection(null, null);
    assertThatThrownBy(() -> handle.send("t", null, null))
        .hasMessageContaining("bootstrapServers must be set on the Kafka connection factory");
  }
}
