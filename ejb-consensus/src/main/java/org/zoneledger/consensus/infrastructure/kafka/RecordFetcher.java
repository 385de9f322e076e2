package org.zoneledger.consensus.infrastructure.kafka;

import java.util.Optional;
import org.zoneledger.kafka.api.KafkaRecord;

/**
 * Reads one record of a topic partition at an offset, outside any consumer group: empty when the
 * offset is beyond the log end or no longer retained. The Kafka adapter is to offer it on its
 * connection ({@code KafkaConnection.read(topic, partition, offset)}); tests use a map.
 */
@FunctionalInterface
public interface RecordFetcher {

  Optional<KafkaRecord> fetch(String topic, int partition, long offset);
}
