package org.zoneledger.kafka.api;

import java.util.Map;

/**
 * One consumed Kafka record. {@code key} may be null; {@code headers} holds the last value of each
 * header name (never null).
 */
public record KafkaRecord(
    String topic,
    int partition,
    long offset,
    long timestamp,
    byte[] key,
    byte[] value,
    Map<String, byte[]> headers) {

  public KafkaRecord {
    headers = headers == null ? Map.of() : Map.copyOf(headers);
  }

  public PartitionRef partitionRef() {
    return new PartitionRef(topic, partition);
  }

  @Override
  public String toString() {
    return topic + "-" + partition + "@" + offset;
  }
}
