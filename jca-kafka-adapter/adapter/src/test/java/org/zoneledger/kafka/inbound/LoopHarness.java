package org.zoneledger.kafka.inbound;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetCommitCallback;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.zoneledger.kafka.config.Placeholders;

/** A {@link ConsumerLoop} over a {@code MockConsumer}, a {@link FakeTarget} and a manual clock. */
final class LoopHarness {

  static final String TOPIC = "orders";

  /** Last offset committed per partition (MockConsumer reports 0 for unassigned ones). */
  final Map<TopicPartition, Long> commits = new HashMap<>();

  final MockConsumer<byte[], byte[]> consumer =
      new MockConsumer<>("earliest") {
        @Override
        public synchronized void commitSync(Map<TopicPartition, OffsetAndMetadata> offsets) {
          offsets.forEach((tp, om) -> commits.put(tp, om.offset()));
          super.commitSync(offsets);
        }

        @Override
        public synchronized void commitAsync(
            Map<TopicPartition, OffsetAndMetadata> offsets, OffsetCommitCallback callback) {
          offsets.forEach((tp, om) -> commits.put(tp, om.offset()));
          super.commitAsync(offsets, callback);
        }
      };
  final MockProducer<byte[], byte[]> deadLetterProducer =
      new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
  final FakeTarget target = new FakeTarget();
  final ConsumerSettings settings;
  final ConsumerLoop loop;
  long nanos = 1_000;

  LoopHarness(Map<String, String> properties) {
    Map<String, String> raw = new HashMap<>();
    raw.put(SettingsParser.BOOTSTRAP_SERVERS, "localhost:9092");
    raw.put(SettingsParser.TOPICS, TOPIC);
    raw.put(SettingsParser.GROUP_ID, "test-group");
    raw.put(SettingsParser.RETRY_BACKOFF_MS, "100");
    raw.putAll(properties);
    settings =
        new SettingsParser(raw, new Placeholders(n -> null, n -> null)).parse(Optional.empty());
    DeadLetterPublisher deadLetters =
        new ProducerDeadLetterPublisher(
            () -> deadLetterProducer, settings::deadLetterTopicFor, Duration.ofSeconds(1));
    loop = new ConsumerLoop(consumer, settings, target, deadLetters, () -> nanos);
    loop.subscribe();
  }

  static LoopHarness of(String... keyValues) {
    Map<String, String> p = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      p.put(keyValues[i], keyValues[i + 1]);
    }
    return new LoopHarness(p);
  }

  static TopicPartition tp(int partition) {
    return new TopicPartition(TOPIC, partition);
  }

  /** A rebalance to exactly these partitions, as the group coordinator would do inside poll(). */
  void assign(Integer... partitions) {
    List<TopicPartition> tps = Arrays.stream(partitions).map(LoopHarness::tp).toList();
    Map<TopicPartition, Long> beginning = new HashMap<>();
    tps.forEach(tp -> beginning.put(tp, 0L));
    consumer.updateBeginningOffsets(beginning);
    consumer.schedulePollTask(() -> consumer.rebalance(tps));
    poll();
  }

  void add(int partition, long fromOffset, int count) {
    for (long o = fromOffset; o < fromOffset + count; o++) {
      consumer.addRecord(
          new ConsumerRecord<>(
              TOPIC,
              partition,
              o,
              ("k" + o).getBytes(StandardCharsets.UTF_8),
              ("v" + partition + "-" + o).getBytes(StandardCharsets.UTF_8)));
    }
  }

  void poll() {
    loop.pollOnce();
  }

  /** Polls {@code times} times, letting the retry back-off pass before each poll. */
  void pollWithBackoffPassing(int times) {
    for (int i = 0; i < times; i++) {
      nanos += settings.retryBackoff().toNanos();
      loop.pollOnce();
    }
  }

  void advance(Duration duration) {
    nanos += duration.toNanos();
  }

  Long committed(int partition) {
    return commits.get(tp(partition));
  }
}
