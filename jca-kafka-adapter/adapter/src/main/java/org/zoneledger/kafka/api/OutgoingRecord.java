package org.zoneledger.kafka.api;

import java.util.Map;

/** A record to produce; {@code key} may be null, {@code headers} may be empty. */
public record OutgoingRecord(
    String topic, Integer partition, byte[] key, byte[] value, Map<String, byte[]> headers) {

  public OutgoingRecord {
    headers = headers == null ? Map.of() : Map.copyOf(headers);
    if (partition != null && partition < 0) {
      throw new IllegalArgumentException("partition must be >= 0, was " + partition);
    }
  }

  /** A record whose partition the producer chooses from its key. */
  public OutgoingRecord(String topic, byte[] key, byte[] value, Map<String, byte[]> headers) {
    this(topic, null, key, value, headers);
  }

  /** A record whose partition the producer chooses from its key, without headers. */
  public OutgoingRecord(String topic, byte[] key, byte[] value) {
    this(topic, null, key, value, Map.of());
  }

  /** A record for one given partition (e.g. a message every partition must see). */
  public static OutgoingRecord toPartition(String topic, int partition, byte[] key, byte[] value) {
    return new OutgoingRecord(topic, partition, key, value, Map.of());
  }
}
