package org.zoneledger.kafka.api;

import java.util.Map;
import java.util.Set;

/**
 * Message-listener interface for MDBs receiving one record at a time (activation property {@code
 * deliveryMode=RECORD}, the default for this interface).
 *
 * <p>Records of one partition arrive in offset order, one delivery at a time. A delivery that
 * throws is retried (same record, nothing after it first) and after {@code maxAttempts} sent to the
 * dead-letter topic. With container-managed transactions each call runs in its own transaction.
 */
public interface KafkaRecordListener {

  void onRecord(KafkaRecord record);

  /**
   * Application-owned offsets: called when partitions are assigned (only if the activation property
   * {@code applicationOffsets=true}). Returns, for each assigned partition the application has a
   * stored position for, the offset of the NEXT record to consume; the consumer seeks there.
   * Partitions missing from the map start at Kafka's committed offset.
   */
  Map<PartitionRef, Long> positions(Set<PartitionRef> assigned);
}
