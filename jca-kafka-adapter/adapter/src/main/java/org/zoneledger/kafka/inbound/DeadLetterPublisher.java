package org.zoneledger.kafka.inbound;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Publishes a record whose delivery failed {@code attempts} times; called on the consumer thread.
 */
public interface DeadLetterPublisher extends AutoCloseable {

  /**
   * Returns only once the dead-letter record is acknowledged.
   *
   * @throws Exception if it was not; the record is then not passed
   */
  void publish(ConsumerRecord<byte[], byte[]> record, Throwable error, int attempts)
      throws Exception;

  @Override
  void close();
}
