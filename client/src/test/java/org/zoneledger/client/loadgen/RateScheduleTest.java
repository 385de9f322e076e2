package org.zoneledger.client.loadgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateScheduleTest {
  private final RateSchedule schedule =
      new RateSchedule(1_000, 200, Duration.ofSeconds(10), Duration.ofSeconds(30));

  @Test
  void dueTimesAreFixedInAdvanceOneIntervalApart() {
    assertThat(schedule.dueTime(0)).isEqualTo(1_000);
    assertThat(schedule.dueTime(1)).isEqualTo(1_000 + 5_000_000);
    assertThat(schedule.dueTime(2_000)).isEqualTo(1_000 + 10_000_000_000L);
  }

  @Test
  void theWindowFollowsTheWarmUp() {
    assertThat(schedule.windowStart()).isEqualTo(1_000 + 10_000_000_000L);
    assertThat(schedule.end()).isEqualTo(1_000 + 40_000_000_000L);
  }

  @Test
  void aTransferIsMeasuredWhenItIsDueInsideTheWindow() {
    assertThat(schedule.measured(schedule.dueTime(1_999))).isFalse();
    assertThat(schedule.measured(schedule.dueTime(2_000))).isTrue();
    assertThat(schedule.measured(schedule.dueTime(7_999))).isTrue();
    assertThat(schedule.measured(schedule.dueTime(8_000))).isFalse();
  }

  @Test
  void totalsCountTheDueTimesBeforeTheEndAndInTheWindow() {
    assertThat(schedule.total()).isEqualTo(8_000);
    assertThat(schedule.measuredTotal()).isEqualTo(6_000);
  }

  @Test
  void aFractionalRateStillCountsEveryDueTime() {
    RateSchedule slow = new RateSchedule(0, 3, Duration.ZERO, Duration.ofMillis(1_000));

    assertThat(slow.dueTime(1)).isEqualTo(333_333_333);
    assertThat(slow.total()).isEqualTo(3);
    assertThat(slow.measuredTotal()).isEqualTo(3);
  }

  @Test
  void rateZeroIsOpenMode() {
    assertThat(new RateSchedule(0, 0, Duration.ZERO, Duration.ofSeconds(1)).open()).isTrue();
    assertThat(schedule.open()).isFalse();
  }
}
