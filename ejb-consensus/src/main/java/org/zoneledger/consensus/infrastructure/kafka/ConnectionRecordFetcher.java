package org.zoneledger.consensus.infrastructure.kafka;

import jakarta.resource.ResourceException;
import java.util.Objects;
import java.util.Optional;
import org.zoneledger.kafka.api.KafkaConnection;
import org.zoneledger.kafka.api.KafkaConnectionFactory;
import org.zoneledger.kafka.api.KafkaReadException;
import org.zoneledger.kafka.api.KafkaRecord;

/**
 * A {@link RecordFetcher} over the Kafka adapter: one connection per fetch, {@link
 * KafkaConnection#read} (outside any consumer group, bounded by the connection factory's {@code
 * readTimeoutMs}).
 */
public final class ConnectionRecordFetcher implements RecordFetcher {
  private final KafkaConnectionFactory factory;

  public ConnectionRecordFetcher(KafkaConnectionFactory factory) {
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  /**
   * @throws KafkaReadException when the record cannot be read in time or no connection can be had;
   *     the caller's transaction then rolls back and its batch is delivered again
   */
  @Override
  public Optional<KafkaRecord> fetch(String topic, int partition, long offset) {
    try (KafkaConnection connection = factory.getConnection()) {
      return connection.read(topic, partition, offset);
    } catch (ResourceException e) {
      throw new KafkaReadException("cannot open a Kafka connection: " + e.getMessage(), e);
    }
  }
}
