package org.zoneledger.kafka.outbound;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.InvalidOffsetException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.header.Header;
import org.zoneledger.kafka.api.KafkaReadException;
import org.zoneledger.kafka.api.KafkaRecord;

/**
 * Reads single records by position (assign, seek, poll), each read on a consumer borrowed from a
 * {@link ConsumerPool} for that read alone and within one time limit, the wait for a free consumer
 * included. Thread-safe.
 */
final class RecordReader {

  private final ConsumerPool pool;
  private final Duration timeout;

  RecordReader(ConsumerPool pool, Duration timeout) {
    this.pool = pool;
    this.timeout = timeout;
  }

  /** See {@link org.zoneledger.kafka.api.KafkaConnection#read}. */
  Optional<KafkaRecord> read(String topic, int partition, long offset) {
    if (partition < 0) {
      throw new IllegalArgumentException("partition must not be negative, was " + partition);
    }
    TopicPartition tp = new TopicPartition(topic, partition);
    if (offset < 0) {
      return Optional.empty();
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    Consumer<byte[], byte[]> consumer = borrow(tp, deadline);
    boolean reusable = false;
    try {
      Optional<KafkaRecord> record = readWith(consumer, tp, offset, deadline);
      reusable = true;
      return record;
    } catch (InterruptException e) {
      throw new KafkaReadException("Interrupted reading " + tp + "@" + offset, e);
    } catch (KafkaException e) {
      throw new KafkaReadException("Could not read " + tp + "@" + offset + ": " + e, e);
    } finally {
      if (reusable) {
        pool.giveBack(consumer);
      } else {
        pool.discard(consumer);
      }
    }
  }

  private Consumer<byte[], byte[]> borrow(TopicPartition tp, long deadline) {
    try {
      Consumer<byte[], byte[]> consumer = pool.borrow(deadline);
      if (consumer == null) {
        throw new KafkaReadException(
            "No Kafka consumer free within " + timeout.toMillis() + " ms to read " + tp, null);
      }
      return consumer;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KafkaReadException("Interrupted waiting for a Kafka consumer to read " + tp, e);
    } catch (IllegalStateException | KafkaException e) {
      throw new KafkaReadException("No Kafka consumer to read " + tp + ": " + e.getMessage(), e);
    }
  }

  private Optional<KafkaRecord> readWith(
      Consumer<byte[], byte[]> consumer, TopicPartition tp, long offset, long deadline) {
    List<TopicPartition> only = List.of(tp);
    consumer.assign(only);
    try {
      Long start = consumer.beginningOffsets(only, left(deadline)).get(tp);
      Long end = consumer.endOffsets(only, left(deadline)).get(tp);
      if (start == null || end == null || offset < start || offset >= end) {
        return Optional.empty();
      }
      consumer.seek(tp, offset);
      while (System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(left(deadline)).records(tp)) {
          if (r.offset() == offset) {
            return Optional.of(toRecord(r));
          }
          if (r.offset() > offset) {
            return Optional.empty(); // compacted away, or a transaction marker
          }
        }
      }
      throw new KafkaReadException(
          "Record " + tp + "@" + offset + " not read within " + timeout.toMillis() + " ms", null);
    } catch (InvalidOffsetException e) {
      return Optional.empty(); // deleted by retention since the log start was read
    } finally {
      consumer.assign(List.of());
    }
  }

  private static Duration left(long deadline) {
    return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
  }

  private static KafkaRecord toRecord(ConsumerRecord<byte[], byte[]> r) {
    Map<String, byte[]> headers = new HashMap<>();
    for (Header h : r.headers()) {
      if (h.value() != null) {
        headers.put(h.key(), h.value());
      }
    }
    return new KafkaRecord(
        r.topic(), r.partition(), r.offset(), r.timestamp(), r.key(), r.value(), headers);
  }
}
