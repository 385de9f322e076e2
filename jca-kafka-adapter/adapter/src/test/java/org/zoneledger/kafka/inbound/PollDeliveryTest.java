package org.zoneledger.kafka.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.zoneledger.kafka.api.KafkaBatch;
import org.zoneledger.kafka.api.KafkaRecord;

class PollDeliveryTest {

  private static List<Long> offsets(long from, long toExclusive) {
    return LongStream.range(from, toExclusive).boxed().toList();
  }

  private static LoopHarness poll(String... more) {
    String[] properties = new String[more.length + 2];
    properties[0] = SettingsParser.DELIVERY_MODE;
    properties[1] = "POLL";
    System.arraycopy(more, 0, properties, 2, more.length);
    return LoopHarness.of(properties);
  }

  @Test
  void theDueRecordsOfEveryPartitionArriveInOneDelivery() {
    LoopHarness h = poll();
    h.assign(0, 1, 2);
    h.add(0, 0, 4);
    h.add(1, 0, 2);
    h.add(2, 0, 3);
    h.poll();
    assertThat(h.target.pollDeliveries).hasSize(1);
    List<KafkaBatch> units = h.target.pollDeliveries.get(0);
    assertThat(units).extracting(KafkaBatch::partition).containsExactlyInAnyOrder(0, 1, 2);
    for (KafkaBatch unit : units) {
      assertThat(unit.records().stream().map(KafkaRecord::offset).toList())
          .containsExactlyElementsOf(offsets(0, unit.size()));
    }
    assertThat(h.target.processedOffsets(0)).containsExactlyElementsOf(offsets(0, 4));
    assertThat(h.target.processedOffsets(1)).containsExactlyElementsOf(offsets(0, 2));
    assertThat(h.target.processedOffsets(2)).containsExactlyElementsOf(offsets(0, 3));
    assertThat(h.committed(0)).isEqualTo(4L);
    assertThat(h.committed(2)).isEqualTo(3L);
  }

  @Test
  void aPartitionConsumedInPartGetsItsRestLaterWhileTheOthersPass() {
    LoopHarness h = poll();
    h.assign(0, 1);
    h.add(0, 0, 5);
    h.add(1, 0, 5);
    h.target.deferTimes(1, 2, 1);
    h.poll();
    assertThat(h.target.processedOffsets(0)).containsExactlyElementsOf(offsets(0, 5));
    assertThat(h.target.processedOffsets(1)).containsExactly(0L, 1L);
    assertThat(h.committed(1)).isEqualTo(2L);

    h.pollWithBackoffPassing(1);
    assertThat(h.target.processedOffsets(1)).containsExactlyElementsOf(offsets(0, 5));
    List<KafkaBatch> last = h.target.pollDeliveries.get(h.target.pollDeliveries.size() - 1);
    assertThat(last).singleElement().satisfies(b -> assertThat(b.firstOffset()).isEqualTo(2L));
  }

  @Test
  void aFailingPartitionIsRetriedAloneAndNeverHoldsTheOthersBack() {
    LoopHarness h = poll(SettingsParser.MAX_ATTEMPTS, "3");
    h.assign(0, 1);
    h.add(0, 0, 4);
    h.add(1, 0, 3);
    h.target.alwaysFailOn(0, 2);
    h.poll();
    assertThat(h.target.processed).isEmpty();

    h.pollWithBackoffPassing(12);
    assertThat(h.target.processedOffsets(1)).containsExactlyElementsOf(offsets(0, 3));
    assertThat(h.target.processedOffsets(0)).containsExactly(0L, 1L, 3L);
    assertThat(h.deadLetterProducer.history())
        .singleElement()
        .satisfies(r -> assertThat(r.topic()).isEqualTo(h.settings.deadLetterTopicFor("orders")));
    assertThat(h.committed(0)).isEqualTo(4L);
    assertThat(h.committed(1)).isEqualTo(3L);
  }

  @Test
  void aPartitionThatWentAloneJoinsTheOthersOnceItsFailedRecordsHavePassed() {
    LoopHarness h = poll(SettingsParser.MAX_ATTEMPTS, "10");
    h.assign(0, 1);
    h.add(0, 0, 2);
    h.add(1, 0, 2);
    h.target.failTimes(0, 1, 2);
    h.pollWithBackoffPassing(4);
    assertThat(h.target.processedOffsets(0)).containsExactly(0L, 1L);
    assertThat(h.target.processedOffsets(1)).containsExactly(0L, 1L);

    h.add(0, 2, 2);
    h.add(1, 2, 2);
    int before = h.target.pollDeliveries.size();
    h.pollWithBackoffPassing(1);
    assertThat(h.target.pollDeliveries.subList(before, h.target.pollDeliveries.size()))
        .singleElement()
        .satisfies(
            units ->
                assertThat(units)
                    .extracting(KafkaBatch::partition)
                    .containsExactlyInAnyOrder(0, 1));
    assertThat(h.target.processedOffsets(0)).containsExactlyElementsOf(offsets(0, 4));
    assertThat(h.target.processedOffsets(1)).containsExactlyElementsOf(offsets(0, 4));
  }
}
