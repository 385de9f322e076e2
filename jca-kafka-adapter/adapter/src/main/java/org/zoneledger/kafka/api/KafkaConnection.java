package org.zoneledger.kafka.api;

import java.util.List;

/** A handle for producing records. Idempotent producer, {@code acks=all}. */
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

  @Override
  void close();
}
