package org.zoneledger.consensus.infrastructure.kafka;

import java.util.Objects;

/**
 * A record that must be produced to one chosen partition, whatever its key: DRME entropy goes to
 * every partition of {@code requests}. {@link org.zoneledger.kafka.api.OutgoingRecord} cannot name
 * a partition yet; once it can, the publisher maps this one to one.
 */
public record TargetedRecord(String topic, int partition, byte[] key, byte[] value) {
  public TargetedRecord {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    if (partition < 0) {
      throw new IllegalArgumentException("partition must not be negative");
    }
  }
}
