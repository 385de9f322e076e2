package org.zoneledger.client.loadgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

  @Test
  void oneToAHundredHasEachPercentileAtItsOwnValue() {
    long[] values = LongStream.rangeClosed(1, 100).map(i -> 101 - i).toArray();

    Percentiles p = Percentiles.of(values);

    assertThat(p).isEqualTo(new Percentiles(100, 1, 50, 95, 99, 100, 50.5));
  }

  @Test
  void nearestRankRoundsUpToAMeasuredValue() {
    long[] sorted = {10, 20, 30, 40, 50, 60, 70, 80, 90, 1000};

    assertThat(Percentiles.rank(sorted, 50)).isEqualTo(50);
    assertThat(Percentiles.rank(sorted, 95)).isEqualTo(1000);
    assertThat(Percentiles.rank(sorted, 99)).isEqualTo(1000);
    assertThat(Percentiles.rank(sorted, 1)).isEqualTo(10);
    assertThat(Percentiles.rank(sorted, 100)).isEqualTo(1000);
  }

  @Test
  void aSingleValueIsEveryPercentile() {
    assertThat(Percentiles.of(new long[] {7})).isEqualTo(new Percentiles(1, 7, 7, 7, 7, 7, 7.0));
  }

  @Test
  void noValuesGiveTheEmptySummaryAndTheInputIsNotSorted() {
    long[] values = {3, 1, 2};

    assertThat(Percentiles.of(new long[0])).isEqualTo(Percentiles.EMPTY);
    assertThat(Percentiles.of(values).p50()).isEqualTo(2);
    assertThat(values).containsExactly(3, 1, 2);
  }

  @Test
  void aPercentileOutsideZeroToAHundredIsRefused() {
    assertThatThrownBy(() -> Percentiles.rank(new long[] {1}, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Percentiles.rank(new long[] {1}, 101))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
