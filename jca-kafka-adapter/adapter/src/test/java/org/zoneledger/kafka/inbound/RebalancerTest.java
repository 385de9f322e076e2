package org.zoneledger.kafka.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zoneledger.kafka.api.PartitionRef;

class RebalancerTest {

  private static PartitionRef ref(int partition) {
    return new PartitionRef(LoopHarness.TOPIC, partition);
  }

  @Test
  void applicationPositionsCauseASeekOnAssignment() {
    LoopHarness h = LoopHarness.of(SettingsParser.APPLICATION_OFFSETS, "true");
    h.target.positions = Map.of(ref(0), 3L);
    h.add(0, 0, 0);
    h.assign(0, 1);
    h.add(0, 0, 6);
    h.add(1, 0, 2);
    h.poll();
    h.poll();
    assertThat(h.target.positionRequests).containsExactly(Set.of(ref(0), ref(1)));
    assertThat(h.target.processedOffsets(0)).containsExactly(3L, 4L, 5L);
    assertThat(h.target.processedOffsets(1)).containsExactly(0L, 1L);
    assertThat(h.committed(0)).isEqualTo(6L);
  }

  @Test
  void positionsAreNotAskedForWithoutApplicationOffsets() {
    LoopHarness h = LoopHarness.of();
    h.assign(0);
    assertThat(h.target.positionRequests).isEmpty();
  }

  @Test
  void nothingIsDeliveredUntilTheApplicationPositionsAreKnown() {
    LoopHarness h = LoopHarness.of(SettingsParser.APPLICATION_OFFSETS, "true");
    h.target.positions = Map.of(ref(0), 2L);
    h.target.positionFailuresLeft = 1;
    h.assign(0);
    h.add(0, 0, 4);
    h.poll();
    assertThat(h.target.processed).isEmpty();
    assertThat(h.consumer.paused()).contains(LoopHarness.tp(0));
    h.pollWithBackoffPassing(2);
    assertThat(h.target.positionRequests).hasSize(2);
    assertThat(h.target.processedOffsets(0)).containsExactly(2L, 3L);
  }

  @Test
  void revokeCommitsProcessedOffsetsAndDropsPendingRecordsOfRevokedPartitions() {
    LoopHarness h = LoopHarness.of(SettingsParser.MAX_ATTEMPTS, "100");
    h.assign(0, 1);
    h.add(0, 0, 5);
    h.add(1, 0, 1);
    h.target.alwaysFailOn(0, 2);
    h.poll();
    assertThat(h.target.processedOffsets(0)).containsExactly(0L, 1L);
    int attemptsBeforeRevoke = h.target.attemptedOffsets(0).size();

    h.assign(1);
    h.pollWithBackoffPassing(3);

    assertThat(h.committed(0)).isEqualTo(2L);
    assertThat(h.target.attemptedOffsets(0)).hasSize(attemptsBeforeRevoke);
    assertThat(h.target.processedOffsets(0)).containsExactly(0L, 1L);
  }

  @Test
  void aReassignedPartitionResumesAtTheCommittedOffset() {
    LoopHarness h = LoopHarness.of(SettingsParser.MAX_ATTEMPTS, "100");
    h.assign(0);
    h.add(0, 0, 4);
    h.target.failTimes(0, 2, 1);
    h.poll();
    h.assign(1);
    h.assign(0);
    h.add(0, 0, 4);
    h.pollWithBackoffPassing(2);
    assertThat(h.target.processedOffsets(0)).containsExactly(0L, 1L, 2L, 3L);
  }
}
