package org.zoneledger.kafka.outbound;

import jakarta.resource.ResourceException;
import java.util.List;
import java.util.Optional;
import org.zoneledger.kafka.api.KafkaConnection;
import org.zoneledger.kafka.api.KafkaReadException;
import org.zoneledger.kafka.api.KafkaRecord;
import org.zoneledger.kafka.api.KafkaSendException;
import org.zoneledger.kafka.api.OutgoingRecord;
import org.zoneledger.kafka.api.RecordPosition;

/** The application's connection handle; closing it returns the managed connection to the pool. */
public final class KafkaConnectionHandle implements KafkaConnection {

  private volatile KafkaManagedConnection managed;
  private volatile boolean closed;

  KafkaConnectionHandle(KafkaManagedConnection managed) {
    this.managed = managed;
  }

  @Override
  public RecordPosition send(String topic, byte[] key, byte[] value) {
    return sender().send(topic, key, value);
  }

  @Override
  public List<RecordPosition> sendAll(List<OutgoingRecord> records) {
    return sender().sendAll(records);
  }

  @Override
  public int partitionCount(String topic) {
    return sender().partitionCount(topic);
  }

  @Override
  public Optional<KafkaRecord> read(String topic, int partition, long offset) {
    try {
      return open().reader().read(topic, partition, offset);
    } catch (ResourceException e) {
      throw new KafkaReadException("Kafka consumers unavailable: " + e.getMessage(), e);
    }
  }

  private RecordSender sender() {
    try {
      return open().sender();
    } catch (ResourceException e) {
      throw new KafkaSendException("Kafka producer unavailable: " + e.getMessage(), e);
    }
  }

  private KafkaManagedConnection open() {
    KafkaManagedConnection mc = managed;
    if (closed || mc == null) {
      throw new IllegalStateException("Kafka connection is closed");
    }
    return mc;
  }

  void associate(KafkaManagedConnection other) {
    KafkaManagedConnection previous = managed;
    if (previous != null && previous != other) {
      previous.detach(this);
    }
    managed = other;
  }

  void invalidate() {
    managed = null;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    KafkaManagedConnection mc = managed;
    managed = null;
    if (mc != null) {
      mc.handleClosed(this);
    }
  }
}
