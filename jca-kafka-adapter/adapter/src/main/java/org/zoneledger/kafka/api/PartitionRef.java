package org.zoneledger.kafka.api;

/** A topic partition, without Kafka's own type. */
public record PartitionRef(String topic, int partition) {

  @Override
  public String toString() {
    return topic + "-" + partition;
  }
}
