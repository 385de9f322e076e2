package org.zoneledger.client.bench;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The baseline: the usual kafka-clients loop in a fresh group, from the earliest offset, with the
 * same {@code max.poll.records} and {@code isolation.level=read_committed} as the bench MDBs,
 * auto-commit off and an asynchronous commit after each poll (what the adapter does too), touching
 * each record's key and value length.
 */
final class PlainConsumerLoop {

  private static final Duration POLL = Duration.ofSeconds(1);
  private static final Duration STALL = Duration.ofSeconds(60);

  /**
   * @param span from the return of the first poll that brought records to the last record: the same
   *     span the MDB counter measures
   * @param wallNanos from the first poll call (group join included) to the last record
   */
  record Result(Throughput span, long wallNanos) {}

  private PlainConsumerLoop() {}

  /**
   * Reads {@code expected} records of {@code topic} from its beginning in the fresh {@code group}.
   */
  static Result consume(
      String bootstrap, String topic, String group, long expected, BenchOptions o) {
    long records = 0;
    long bytes = 0;
    long firstRecord = 0;
    long firstRecordCpu = 0;
    long lastProgress = System.nanoTime();
    long start = System.nanoTime();
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(properties(bootstrap, group, o.maxPollRecords()))) {
      consumer.subscribe(List.of(topic));
      while (records < expected) {
        ConsumerRecords<byte[], byte[]> polled = consumer.poll(POLL);
        long now = System.nanoTime();
        if (polled.isEmpty()) {
          if (now - lastProgress > STALL.toNanos()) {
            throw new IllegalStateException(
                "plain consumer stalled at " + records + " of " + expected + " records");
          }
          continue;
        }
        if (firstRecord == 0) {
          firstRecord = now;
          firstRecordCpu = Throughput.ownCpuNanos();
        }
        for (ConsumerRecord<byte[], byte[]> r : polled) {
          bytes += length(r.key()) + length(r.value());
          records++;
        }
        consumer.commitAsync();
        lastProgress = now;
      }
      long end = System.nanoTime();
      long cpu = Throughput.ownCpuNanos() - firstRecordCpu;
      return new Result(new Throughput(records, bytes, end - firstRecord, cpu), end - start);
    }
  }

  private static int length(byte[] b) {
    return b == null ? 0 : b.length;
  }

  private static Properties properties(String bootstrap, String group, int maxPollRecords) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    p.put(ConsumerConfig.CLIENT_ID_CONFIG, "bench-plain");
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(maxPollRecords));
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    return p;
  }
}
