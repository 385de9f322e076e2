package org.zoneledger.kafka.inbound;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Dead-letters with a Kafka producer, created on first use. The dead-letter record keeps the
 * original key, value and headers and adds {@code x-error}, {@code x-error-class}, {@code
 * x-original-topic}, {@code x-original-partition}, {@code x-original-offset} and {@code x-attempts}
 * (UTF-8 strings).
 */
public final class ProducerDeadLetterPublisher implements DeadLetterPublisher {

  private final Supplier<Producer<byte[], byte[]>> producerFactory;
  private final Function<String, String> topicFor;
  private final Duration timeout;
  private Producer<byte[], byte[]> producer;

  public ProducerDeadLetterPublisher(
      Supplier<Producer<byte[], byte[]>> producerFactory,
      Function<String, String> topicFor,
      Duration timeout) {
    this.producerFactory = producerFactory;
    this.topicFor = topicFor;
    this.timeout = timeout;
  }

  @Override
  public void publish(ConsumerRecord<byte[], byte[]> record, Throwable error, int attempts)
      throws Exception {
    if (producer == null) {
      producer = producerFactory.get();
    }
    Headers headers = new RecordHeaders(record.headers().toArray());
    add(headers, "x-error", String.valueOf(rootMessage(error)));
    add(headers, "x-error-class", rootCause(error).getClass().getName());
    add(headers, "x-original-topic", record.topic());
    add(headers, "x-original-partition", String.valueOf(record.partition()));
    add(headers, "x-original-offset", String.valueOf(record.offset()));
    add(headers, "x-attempts", String.valueOf(attempts));
    ProducerRecord<byte[], byte[]> out =
        new ProducerRecord<>(
            topicFor.apply(record.topic()), null, record.key(), record.value(), headers);
    producer.send(out).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private static void add(Headers headers, String name, String value) {
    headers.remove(name);
    headers.add(name, value.getBytes(StandardCharsets.UTF_8));
  }

  static Throwable rootCause(Throwable error) {
    Throwable t = error;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  private static String rootMessage(Throwable error) {
    Throwable root = rootCause(error);
    return root.getMessage() != null ? root.getMessage() : root.toString();
  }

  @Override
  public void close() {
    if (producer != null) {
      producer.close(Duration.ofSeconds(5));
      producer = null;
    }
  }
}
