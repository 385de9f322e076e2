package org.zoneledger.kafka.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.zoneledger.kafka.api.KafkaBatch;
import org.zoneledger.kafka.api.KafkaRecord;

class ConsumerLoopTest {

  private static List<Long> offsets(long from, long toExclusive) {
    return LongStream.range(from, toExclusive).boxed().toList();
  }

  @Test
  void recordsOfEachPartitionAreDeliveredInOffsetOrderInRecordMode() {
    LoopHarness h = LoopHarness.of(SettingsParser.MAX_POLL_RECORDS, "7");
    h.assign(0, 1, 2);
    for (int p = 0; p < 3; p++) {
      h.add(p, 0, 20);
    }
    for (int i = 0; i < 20; i++) {
      h.poll();
    }
    for (int p = 0; p < 3; p++) {
      assertThat(h.target.processedOffsets(p)).containsExactlyElementsOf(offsets(0, 20));
    }
    assertThat(h.target.attempts).allSatisfy(unit -> assertThat(unit.size()).isEqualTo(1));
  }

  @Test
  void batchesHoldRecordsOfOnePartitionInOffsetOrder() {
    LoopHarness h = LoopHarness.of(SettingsParser.DELIVERY_MODE, "BATCH");
    h.assign(0, 1);
    h.add(0, 0, 10);
    h.add(1, 0, 5);
    h.add(0, 10, 3);
    h.poll();
    h.poll();
    for (KafkaBatch batch : h.target.attempts) {
      assertThat(batch.records())
          .allSatisfy(r -> assertThat(r.partition()).isEqualTo(batch.partition()));
      List<Long> inBatch = batch.records().stream().map(KafkaRecord::offset).toList();
      assertThat(inBatch).isSorted();
      assertThat(batch.lastOffset() - batch.firstOffset() + 1).isEqualTo(batch.size());
    }
    assertThat(h.target.processedOffsets(0)).containsExactlyElementsOf(offsets(0, 13));
    assertThat(h.target.processedOffsets(1)).containsExactlyElementsOf(offsets(0, 5));
  }

  @Test
  void batchesAreNeverLargerThanMaxPollRecords() {
    LoopHarness h =
        LoopHarness.of(SettingsParser.DELIVERY_MODE, "BATCH", SettingsParser.MAX_POLL_RECORDS, "4");
    h.assign(0);
    h.add(0, 0, 10);
    for (int i = 0; i < 5; i++) {
      h.poll();
    }
    assertThat(h.target.attempts).allSatisfy(b -> assertThat(b.size()).isLessThanOrEqualTo(4));
    assertThat(h.target.processedOffsets(0)).containsExactlyElementsOf(offsets(0, 10));
  }

  @Test
  void offsetsAreCommittedPastProcessedRecordsOnly() {
    LoopHarness h = LoopHarness.of(SettingsParser.MAX_ATTEMPTS, "100");
    h.assign(0, 1);
    h.add(0, 0, 5);
    h.add(1, 0, 3);
    h.target.alwaysFailOn(0, 2);
    h.pollWithBackoffPassing(5);
    assertThat(h.target.processedOffsets(0)).containsExactly(0L, 1L);
    assertThat(h.committed(0)).isEqualTo(2L);
    assertThat(h.committed(1)).isEqualTo(3L);
  }

  @Test
  void noRecordIsCommittedBeforeItIsDelivered() {
    LoopHarness h = LoopHarness.of(SettingsParser.DELIVERY_MODE, "BATCH");
    List<String> violations = new ArrayList<>();
    h.target.beforeEachDelivery =
        batch -> {
          Long committed = h.committed(batch.partition());
          if (committed != null && committed > batch.firstOffset()) {
            violations.add("committed " + committed + " before delivering " + batch.firstOffset());
          }
        };
    h.assign(0, 1);
    h.add(0, 0, 30);
    h.add(1, 0, 30);
    h.target.failTimes(0, 17, 2);
    h.pollWithBackoffPassing(10);
    assertThat(violations).isEmpty();
    assertThat(h.committed(0)).isEqualTo(30L);
  }

  @Test
  void nothingIsCommittedWhenNothingWasProcessed() {
    LoopHarness h = LoopHarness.of();
    h.assign(0);
    h.poll();
    assertThat(h.committed(0)).isNull();
  }

  @Test
  void stopWakesTheLoopUpAndTheConsumerIsClosed() throws Exception {
    LoopHarness h = LoopHarness.of();
    h.assign(0);
    h.add(0, 0, 3);
    Thread thread = new Thread(h.loop);
    thread.start();
    long deadline = System.currentTimeMillis() + 5_000;
    while (h.target.processed.size() < 3 && System.currentTimeMillis() < deadline) {
      Thread.sleep(5);
    }
    h.loop.stop();
    thread.join(5_000);
    assertThat(thread.isAlive()).isFalse();
    assertThat(h.consumer.closed()).isTrue();
    assertThat(h.committed(0)).isEqualTo(3L);
  }
}
