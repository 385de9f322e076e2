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

  /**
   * Applies the batch, or a prefix of it. Returns how many of its records, from the first, were
   * consumed: {@code batch.size()} for all of them. The records after them are delivered again, in
   * order, after a short pause ({@code min(retryBackoff, 5 ms)}) — a listener that must wait for
   * something before it can go on (another partition to catch up) consumes what it can, commits it,
   * and returns without failing the batch; this does not count as a failed attempt.
   */
  int onBatch(KafkaBatch batch);

  /** Same contract as {@link KafkaRecordListener#positions(Set)}. */
  Map<PartitionRef, Long> positions(Set<PartitionRef> assigned);
}
