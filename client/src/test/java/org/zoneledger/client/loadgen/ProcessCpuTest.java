package org.zoneledger.client.loadgen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcessCpuTest {

  @Test
  void ticksAreUserPlusSystemTimeCountedFromTheLastParenthesis() {
    String stat =
        "4242 (java (x) y) S 1 4242 4242 0 -1 4194304 100 0 0 0 1234 567 8 9 20 0 40 0 99";

    assertThat(ProcessCpu.ticks(stat)).isEqualTo(1234 + 567);
  }

  @Test
  void thisProcessHasUsedSomeCpu() {
    assertThat(ProcessCpu.seconds(ProcessHandle.current().pid()).orElseThrow()).isPositive();
  }

  @Test
  void aProcessThatDoesNotExistHasNoFigure() {
    assertThat(ProcessCpu.seconds(Integer.MAX_VALUE)).isEmpty();
  }

  @Test
  void clockTicksComeFromGetconf() {
    assertThat(ProcessCpu.ticksPerSecond()).isPositive();
  }
}
