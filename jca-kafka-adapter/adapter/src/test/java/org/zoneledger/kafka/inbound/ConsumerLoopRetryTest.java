package org.zoneledger.kafka.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class ConsumerLoopRetryTest {

  private static String header(ProducerRecord<byte[], byte[]> r, String name) {
    return new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }

  @Test
  void aFailingRecordIsRetriedInOrderAndNothingAfterItOvertakesIt() {
    LoopHarness h = LoopHarness.of(SettingsParser.MAX_ATTEMPTS, "5");
    h.assign(0, 1);
    h.add(0, 0, 5);
    h.add(1, 0, 2);
    h.target.failTimes(0, 1, 2);
    h.poll();
    assertThat(h.target.attemptedOffsets(0)).containsExactly(List.of(0L), List.of(1L));
    assertThat(h.consumer.paused()).contains(LoopHarness.tp(0));
    assertThat(h.target.processedOffsets(1)).containsExactly(0L, 1L);
    h.poll();
    assertThat(h.target.attemptedOffsets(0)).hasSize(2);
    h.pollWithBackoffPassing(3);
    assertThat(h.target.attemptedOffsets(0))
        .containsExactly(
            List.of(0L),
            List.of(1L),
            List.of(1L),
            List.of(1L),
            List.of(2L),
            List.of(3L),
            List.of(4L));
    assertThat(h.target.processedOffsets(0)).containsExactly(0L, 1L, 2L, 3L, 4L);
    assertThat(h.deadLetterProducer.history()).isEmpty();
    assertThat(h.consumer.paused()).isEmpty();
  }

  @Test
  void recordsArrivingWhileARecordIsRetriedWaitBehindIt() {
    LoopHarness h = LoopHarness.of(SettingsParser.MAX_ATTEMPTS, "5");
    h.assign(0);
    h.add(0, 0, 2);
    h.target.failTimes(0, 0, 1);
    h.poll();
    h.add(0, 2, 2);
    h.poll();
    h.pollWithBackoffPassing(2);
    assertThat(h.target.processedOffsets(0)).containsExactly(0L, 1L, 2L, 3L);
  }

  @Test
  void afterMaxAttemptsTheRecordIsDeadLetteredWithErrorHeadersAndTheRestFlowsOn() {
    LoopHarness h = LoopHarness.of(SettingsParser.MAX_ATTEMPTS, "3");
    h.assign(0);
    h.consumer.addRecord(
        new ConsumerRecord<>(LoopHarness.TOPIC, 0, 0, "k0".getBytes(), "v0".getBytes()));
    RecordHeaders original = new RecordHeaders();
    original.add("trace", "abc".getBytes(StandardCharsets.UTF_8));
    h.consumer.addRecord(
        new ConsumerRecord<>(
            LoopHarness.TOPIC,
            0,
            1,
            0L,
            TimestampType.CREATE_TIME,
            2,
            2,
            "k1".getBytes(),
            "v1".getBytes(),
            original,
            java.util.Optional.empty()));
    h.add(0, 2, 2);
    h.target.alwaysFailOn(0, 1);
    h.pollWithBackoffPassing(5);

    assertThat(h.target.attemptedOffsets(0).stream().filter(o -> o.equals(List.of(1L)))).hasSize(3);
    assertThat(h.target.processedOffsets(0)).containsExactly(0L, 2L, 3L);
    assertThat(h.deadLetterProducer.history()).hasSize(1);
    ProducerRecord<byte[], byte[]> dead = h.deadLetterProducer.history().get(0);
    assertThat(dead.topic()).isEqualTo("orders.DLT");
    assertThat(dead.value()).isEqualTo("v1".getBytes());
    assertThat(dead.key()).isEqualTo("k1".getBytes());
    assertThat(header(dead, "trace")).isEqualTo("abc");
    assertThat(header(dead, "x-error")).isEqualTo("poison record 0@1");
    assertThat(header(dead, "x-error-class")).isEqualTo(IllegalStateException.class.getName());
    assertThat(header(dead, "x-original-topic")).isEqualTo("orders");
    assertThat(header(dead, "x-original-partition")).isEqualTo("0");
    assertThat(header(dead, "x-original-offset")).isEqualTo("1");
    assertThat(header(dead, "x-attempts")).isEqualTo("3");
    assertThat(h.committed(0)).isEqualTo(4L);
  }

  @Test
  void theConfiguredDeadLetterTopicIsUsed() {
    LoopHarness h =
        LoopHarness.of(SettingsParser.MAX_ATTEMPTS, "1", SettingsParser.DEAD_LETTER_TOPIC, "dlq");
    h.assign(0);
    h.add(0, 0, 1);
    h.target.alwaysFailOn(0, 0);
    h.poll();
    assertThat(h.deadLetterProducer.history())
        .extracting(ProducerRecord::topic)
        .containsExactly("dlq");
  }

  @Test
  void aRecordThatCannotBeDeadLetteredIsKeptAndNotPassed() {
    LoopHarness h = LoopHarness.of(SettingsParser.MAX_ATTEMPTS, "2");
    h.deadLetterProducer.close();
    h.assign(0);
    h.add(0, 0, 2);
    h.target.alwaysFailOn(0, 0);
    h.pollWithBackoffPassing(6);
    assertThat(h.target.processedOffsets(0)).isEmpty();
    assertThat(h.committed(0)).isNull();
    assertThat(h.target.attemptedOffsets(0)).allSatisfy(o -> assertThat(o).containsExactly(0L));
  }

  @Test
  void aPoisonRecordInABatchIsIsolatedSoOnlyItIsDeadLettered() {
    LoopHarness h =
        LoopHarness.of(SettingsParser.DELIVERY_MODE, "BATCH", SettingsParser.MAX_ATTEMPTS, "2");
    h.assign(0);
    h.add(0, 0, 6);
    h.target.alwaysFailOn(0, 3);
    h.pollWithBackoffPassing(8);
    assertThat(h.target.processedOffsets(0)).containsExactly(0L, 1L, 2L, 4L, 5L);
    assertThat(h.deadLetterProducer.history())
        .extracting(r -> header(r, "x-original-offset"))
        .containsExactly("3");
    assertThat(h.committed(0)).isEqualTo(6L);
  }

  @Test
  void afterIsolationRecordsAreBatchedAgain() {
    LoopHarness h =
        LoopHarness.of(SettingsParser.DELIVERY_MODE, "BATCH", SettingsParser.MAX_ATTEMPTS, "2");
    h.assign(0);
    h.add(0, 0, 3);
    h.target.alwaysFailOn(0, 1);
    h.pollWithBackoffPassing(6);
    h.add(0, 3, 4);
    h.poll();
    assertThat(h.target.attemptedOffsets(0)).last().isEqualTo(List.of(3L, 4L, 5L, 6L));
  }

  @Test
  void aBatchConsumedInPartIsContinuedFromItsFirstUnconsumedRecordWithoutAFailedAttempt() {
    LoopHarness h =
        LoopHarness.of(SettingsParser.DELIVERY_MODE, "BATCH", SettingsParser.MAX_ATTEMPTS, "2");
    h.assign(0);
    h.add(0, 0, 5);
    h.target.deferTimes(0, 2, 3);
    h.poll();
    assertThat(h.target.processedOffsets(0)).containsExactly(0L, 1L);
    assertThat(h.committed(0)).isEqualTo(2L);
    h.poll();
    assertThat(h.target.attemptedOffsets(0)).hasSize(1);
    h.pollWithBackoffPassing(3);
    assertThat(h.target.attemptedOffsets(0))
        .containsExactly(
            List.of(0L, 1L, 2L, 3L, 4L),
            List.of(2L, 3L, 4L),
            List.of(2L, 3L, 4L),
            List.of(2L, 3L, 4L));
    assertThat(h.target.processedOffsets(0)).containsExactly(0L, 1L, 2L, 3L, 4L);
    assertThat(h.deadLetterProducer.history()).isEmpty();
    assertThat(h.committed(0)).isEqualTo(5L);
  }

  @Test
  void aPartialRetryComesSoonerThanTheRetryBackOff() {
    LoopHarness h = LoopHarness.of(SettingsParser.DELIVERY_MODE, "BATCH");
    h.assign(0);
    h.add(0, 0, 3);
    h.target.deferTimes(0, 0, 1);
    h.poll();
    assertThat(h.target.processedOffsets(0)).isEmpty();
    h.advance(PartitionDeliverer.PARTIAL_RETRY);
    h.poll();
    assertThat(h.target.processedOffsets(0)).containsExactly(0L, 1L, 2L);
  }

  @Test
  void aTargetThatKeepsConsumingNothingIsAskedLessOftenUpToTheRetryBackOff() {
    LoopHarness h =
        LoopHarness.of(
            SettingsParser.DELIVERY_MODE, "BATCH", SettingsParser.RETRY_BACKOFF_MS, "50");
    h.assign(0);
    h.add(0, 0, 1);
    h.target.deferTimes(0, 0, 100);
    h.poll();
    h.advance(PartitionDeliverer.PARTIAL_RETRY);
    h.poll();
    assertThat(h.target.attempts).hasSize(2);
    h.advance(PartitionDeliverer.PARTIAL_RETRY);
    h.poll();
    assertThat(h.target.attempts).as("10 ms after the second").hasSize(2);
    h.advance(PartitionDeliverer.PARTIAL_RETRY);
    h.poll();
    assertThat(h.target.attempts).hasSize(3);
    for (int i = 0; i < 10; i++) {
      h.advance(java.time.Duration.ofMillis(50));
      h.poll();
    }
    assertThat(h.target.attempts).as("at most every 50 ms").hasSize(13);
  }
}
