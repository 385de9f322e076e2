package org.zoneledger.kafka.outbound;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.zoneledger.kafka.api.KafkaSendException;
import org.zoneledger.kafka.api.OutgoingRecord;
import org.zoneledger.kafka.api.RecordPosition;

/** Synchronous sends over a (shared, thread-safe) producer. */
public final class RecordSender {

  private final Producer<byte[], byte[]> producer;
  private final Duration timeout;

  public RecordSender(Producer<byte[], byte[]> producer, Duration timeout) {
    this.producer = producer;
    this.timeout = timeout;
  }

  public RecordPosition send(String topic, byte[] key, byte[] value) {
    return sendAll(List.of(new OutgoingRecord(topic, key, value))).get(0);
  }

  /** Sends all, then waits for every acknowledgement; positions in the order of {@code records}. */
  public List<RecordPosition> sendAll(List<OutgoingRecord> records) {
    List<Future<RecordMetadata>> acks = new ArrayList<>(records.size());
    for (OutgoingRecord r : records) {
      RecordHeaders headers = new RecordHeaders();
      r.headers().forEach(headers::add);
      try {
        acks.add(
            producer.send(
                new ProducerRecord<>(r.topic(), r.partition(), r.key(), r.value(), headers)));
      } catch (RuntimeException e) {
        throw new KafkaSendException("Could not send a record to " + r.topic() + ": " + e, e);
      }
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    List<RecordPosition> positions = new ArrayList<>(acks.size());
    for (int i = 0; i < acks.size(); i++) {
      positions.add(await(acks.get(i), records.get(i).topic(), deadline));
    }
    return positions;
  }

  /** Partitions of {@code topic}, from the producer's metadata (fetched once, then cached). */
  public int partitionCount(String topic) {
    try {
      return producer.partitionsFor(topic).size();
    } catch (RuntimeException e) {
      throw new KafkaSendException("No metadata for topic " + topic + ": " + e, e);
    }
  }

  private static RecordPosition await(Future<RecordMetadata> ack, String topic, long deadline) {
    try {
      RecordMetadata m = ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      return new RecordPosition(m.topic(), m.partition(), m.offset());
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new KafkaSendException("Record to " + topic + " not acknowledged: " + cause, cause);
    } catch (TimeoutException e) {
      throw new KafkaSendException("Record to " + topic + " not acknowledged in time", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KafkaSendException("Interrupted waiting for the ack of a record to " + topic, e);
    }
  }
}
