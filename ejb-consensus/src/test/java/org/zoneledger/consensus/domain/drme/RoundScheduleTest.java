package org.zoneledger.consensus.domain.drme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RoundScheduleTest {
  private final RoundSchedule schedule = new RoundSchedule(Duration.ofSeconds(1), 3);

  @Test
  void roundsGrowLinearlyUntilTheCapAndThenStayThere() {
    assertThat(schedule.length(0)).isEqualTo(1000);
    assertThat(schedule.length(1)).isEqualTo(2000);
    assertThat(schedule.length(2)).isEqualTo(3000);
    assertThat(schedule.length(7)).isEqualTo(3000);
    assertThat(schedule.deadline(500, 0)).isEqualTo(1500);
    assertThat(schedule.deadline(500, 3)).isEqualTo(500 + 1000 + 2000 + 3000 + 3000);
  }

  @Test
  void theRoundAtAnInstantCountsFromTheSequencingTimestamp() {
    assertThat(schedule.roundAt(0, 999, 0)).isZero();
    assertThat(schedule.roundAt(0, 1000, 0)).isEqualTo(1);
    assertThat(schedule.roundAt(0, 2999, 0)).isEqualTo(1);
    assertThat(schedule.roundAt(0, 3000, 0)).isEqualTo(2);
    assertThat(schedule.roundAt(0, 100, 2)).isEqualTo(2);
  }
}
