package org.zoneledger.kafka.api;

import java.util.List;
import java.util.Optional;

/**
 * A handle for producing records (idempotent producer, {@code acks=all}) and for reading single
 * records back by their position.
 */
public interface KafkaConnection extends AutoCloseable {

  /**
   * Sends one record and waits for the broker's acknowledgement.
   *
   * @throws KafkaSendException if the record was not acknowledged
   */
  RecordPosition send(String topic, byte[] key, byte[] value);

  /**
   * Sends all records, then waits for all acknowledgements. Positions are in the order of {@code
   * records}.
   *
   * @throws KafkaSendException if any record was not acknowledged (others may have been)
   */
  List<RecordPosition> sendAll(List<OutgoingRecord> records);

  /**
   * The number of partitions of {@code topic}, from the producer's metadata.
   *
   * @throws KafkaSendException if the topic's metadata cannot be had
   */
  int partitionCount(String topic);

  /**
   * Reads the one record at {@code offset} of {@code topic}'s {@code partition}, outside any
   * consumer group (nothing is committed). Waits at most the connection factory's {@code
   * readTimeoutMs}.
   *
   * @return the record; empty when {@code offset} is below the partition's log start (no longer
   *     retained), at or after its log end (not written yet), or holds no record any more
   *     (compacted away)
   * @throws KafkaReadException if the partition cannot be read in time (broker unreachable, unknown
   *     topic or partition, interruption)
   */
  Optional<KafkaRecord> read(String topic, int partition, long offset);

  @Override
  void close();
}
