package org.zoneledger.kafka.api;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Message-listener interface for MDBs that apply everything one poll made due, of all their
 * assigned partitions (and topics), together (activation property {@code deliveryMode=POLL}, the
 * default for this interface). With container-managed transactions one delivery is one transaction:
 * a consumer that reads several partitions commits once per poll instead of once per partition.
 *
 * <p>Each partition's batches still arrive in offset order, one delivery at a time. A delivery that
 * throws is retried partition by partition: every partition it held is delivered alone (a list of
 * one batch) until the records it held have passed, with the retry, isolation and dead-letter rules
 * of {@link KafkaBatchListener}; the other partitions meanwhile go on together.
 */
public interface KafkaPollListener {

  /**
   * Applies the batches, each of a different partition, or a prefix of each. Returns, per batch in
   * the order given, how many of its records from the first were consumed; the records after them
   * are delivered again after a short pause, as {@link KafkaBatchListener#onBatch} describes.
   */
  int[] onBatches(List<KafkaBatch> batches);

  /** Same contract as {@link KafkaRecordListener#positions(Set)}. */
  Map<PartitionRef, Long> positions(Set<PartitionRef> assigned);
}
