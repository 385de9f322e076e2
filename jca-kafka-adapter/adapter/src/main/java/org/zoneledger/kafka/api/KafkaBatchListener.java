package org.zoneledger.kafka.api;

import java.util.Map;
import java.util.Set;

/**
 * Message-listener interface for MDBs receiving batches of one partition (activation property
 * {@code deliveryMode=BATCH}, the default for this interface).
 *
 * <p>Batches of one partition arrive in offset order, one delivery at a time. A batch that throws
 * is retried; when it keeps failing its records are redelivered one by one (singleton batches) so
 * that only the poison record goes to the dead-letter topic. With container-managed transactions a
 * batch is applied in one transaction.
 */
public interface KafkaBatchListener {

  void onBatch(KafkaBatch batch);

  /** Same contract as {@link KafkaRecordListener#positions(Set)}. */
  Map<PartitionRef, Long> positions(Set<PartitionRef> assigned);
}
