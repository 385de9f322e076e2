package org.zoneledger.kafka.outbound;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;
import org.zoneledger.kafka.api.KafkaReadException;
import org.zoneledger.kafka.api.KafkaRecord;

class RecordReaderTest {

  private static final String TOPIC = "requests";
  private static final TopicPartition TP = new TopicPartition(TOPIC, 2);
  private static final long START = 10;

  /** Records at offsets 10..19 of partition 2, value "v<offset>"; 15 carries a header. */
  private static List<ConsumerRecord<byte[], byte[]>> log() {
    List<ConsumerRecord<byte[], byte[]>> log = new ArrayList<>();
    for (long o = START; o < START + 10; o++) {
      ConsumerRecord<byte[], byte[]> r =
          new ConsumerRecord<>(TOPIC, 2, o, ("k" + o).getBytes(UTF_8), ("v" + o).getBytes(UTF_8));
      if (o == 15) {
        r.headers().add(new RecordHeader("h", "x".getBytes(UTF_8)));
      }
      log.add(r);
    }
    return log;
  }

  private static RecordReader reader(ConsumerPool pool) {
    return new RecordReader(pool, Duration.ofSeconds(2));
  }

  private static ConsumerPool poolOf(LogConsumer consumer) {
    return new ConsumerPool(() -> consumer, 1);
  }

  @Test
  void theRecordAtAnOffsetInsideTheLogIsReturnedWithKeyValueAndHeaders() {
    Optional<KafkaRecord> read =
        reader(poolOf(new LogConsumer(TP, START, log()))).read(TOPIC, 2, 15);

    assertThat(read).isPresent();
    KafkaRecord r = read.get();
    assertThat(r.topic()).isEqualTo(TOPIC);
    assertThat(r.partition()).isEqualTo(2);
    assertThat(r.offset()).isEqualTo(15);
    assertThat(r.key()).isEqualTo("k15".getBytes(UTF_8));
    assertThat(r.value()).isEqualTo("v15".getBytes(UTF_8));
    assertThat(r.headers()).containsKey("h");
  }

  @Test
  void theFirstAndTheLastRecordOfTheLogCanBeRead() {
    RecordReader reader = reader(poolOf(new LogConsumer(TP, START, log())));

    assertThat(reader.read(TOPIC, 2, START)).map(KafkaRecord::offset).contains(START);
    assertThat(reader.read(TOPIC, 2, START + 9)).map(KafkaRecord::offset).contains(START + 9);
  }

  @Test
  void anOffsetBelowTheLogStartIsEmpty() {
    RecordReader reader = reader(poolOf(new LogConsumer(TP, START, log())));

    assertThat(reader.read(TOPIC, 2, START - 1)).isEmpty();
    assertThat(reader.read(TOPIC, 2, 0)).isEmpty();
    assertThat(reader.read(TOPIC, 2, -1)).isEmpty();
  }

  @Test
  void anOffsetAtOrAfterTheLogEndIsEmpty() {
    RecordReader reader = reader(poolOf(new LogConsumer(TP, START, log())));

    assertThat(reader.read(TOPIC, 2, START + 10)).isEmpty();
    assertThat(reader.read(TOPIC, 2, 1_000)).isEmpty();
  }

  @Test
  void anOffsetWhoseRecordWasCompactedAwayIsEmpty() {
    List<ConsumerRecord<byte[], byte[]>> compacted = log();
    compacted.removeIf(r -> r.offset() == 13);

    assertThat(reader(poolOf(new LogConsumer(TP, START, compacted))).read(TOPIC, 2, 13)).isEmpty();
  }

  @Test
  void aReadLeavesTheConsumerUnassignedAndInThePoolForTheNextRead() {
    LogConsumer consumer = new LogConsumer(TP, START, log());
    ConsumerPool pool = poolOf(consumer);
    RecordReader reader = reader(pool);

    reader.read(TOPIC, 2, 12);
    reader.read(TOPIC, 2, 11);

    assertThat(consumer.assignment()).isEmpty();
    assertThat(consumer.closed()).isFalse();
    assertThat(pool.live()).isEqualTo(1);
  }

  @Test
  void aRecordThatDoesNotArriveInTimeRaisesKafkaReadExceptionAndTheConsumerIsDropped() {
    MockConsumer<byte[], byte[]> silent = new MockConsumer<>("none");
    silent.updateBeginningOffsets(Map.of(TP, 0L));
    silent.updateEndOffsets(Map.of(TP, 5L));
    ConsumerPool pool = new ConsumerPool(() -> silent, 1);

    assertThatThrownBy(() -> new RecordReader(pool, Duration.ofMillis(50)).read(TOPIC, 2, 3))
        .isInstanceOf(KafkaReadException.class)
        .hasMessageContaining("requests-2@3 not read within 50 ms");
    assertThat(silent.closed()).isTrue();
    assertThat(pool.live()).isZero();
  }

  @Test
  void aBrokerErrorRaisesKafkaReadException() {
    LogConsumer consumer = new LogConsumer(TP, START, log());
    consumer.setOffsetsException(new KafkaException("broker gone"));

    assertThatThrownBy(() -> reader(poolOf(consumer)).read(TOPIC, 2, 12))
        .isInstanceOf(KafkaReadException.class)
        .hasMessageContaining("broker gone");
  }

  @Test
  void severalThreadsReadAtOnceEachWithAConsumerOfItsOwn() throws Exception {
    AtomicInteger overlaps = new AtomicInteger();
    AtomicInteger created = new AtomicInteger();
    ConsumerPool pool =
        new ConsumerPool(
            () -> {
              created.incrementAndGet();
              return new LogConsumer(TP, START, log(), overlaps);
            },
            3);
    RecordReader reader = reader(pool);
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> reads = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        long offset = START + i % 12; // 10 inside the log, 2 past its end
        reads.add(
            () -> {
              Optional<KafkaRecord> r = reader.read(TOPIC, 2, offset);
              return offset < START + 10
                  ? r.isPresent() && new String(r.get().value(), UTF_8).equals("v" + offset)
                  : r.isEmpty();
            });
      }
      for (Future<Boolean> done : threads.invokeAll(reads)) {
        assertThat(done.get()).isTrue();
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(overlaps).hasValue(0);
    assertThat(created.get()).isBetween(1, 3);
  }

  @Test
  void aNegativePartitionIsRefused() {
    assertThatThrownBy(() -> reader(poolOf(new LogConsumer(TP, START, log()))).read(TOPIC, -1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
