package org.zoneledger.kafka.api;

import java.util.List;

/**
 * Consecutive records of ONE partition, in offset order, never empty. Delivered to a {@link
 * KafkaBatchListener} so that the application can apply them in one transaction.
 */
public record KafkaBatch(String topic, int partition, List<KafkaRecord> records) {

  public KafkaBatch {
    records = List.copyOf(records);
    if (records.isEmpty()) {
      throw new IllegalArgumentException("a batch holds at least one record");
    }
    for (KafkaRecord r : records) {
      if (!r.topic().equals(topic) || r.partition() != partition) {
        throw new IllegalArgumentException("record " + r + " is not of " + topic + "-" + partition);
      }
    }
  }

  public long firstOffset() {
    return records.get(0).offset();
  }

  public long lastOffset() {
    return records.get(records.size() - 1).offset();
  }

  public PartitionRef partitionRef() {
    return new PartitionRef(topic, partition);
  }

  public int size() {
    return records.size();
  }
}
