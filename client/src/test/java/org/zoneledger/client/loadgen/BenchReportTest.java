package org.zoneledger.client.loadgen;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchReportTest {

  private static LoadResults results() {
    LoadResults results = new LoadResults();
    for (int i = 1; i <= 100; i++) {
      results.sent();
      results.record(true, Outcome.committed(0), i * 1_000_000L);
    }
    for (int i = 0; i < 4; i++) {
      results.sent();
      results.record(
          true,
          Outcome.rejected(
              400,
              "{\"errors\":[{\"errorCode\":2901,\"errorType\":\"Balance\",\"message\":\"m\"}]}"
                  .getBytes(UTF_8),
              0),
          1);
    }
    results.sent();
    results.record(true, Outcome.pending(3), 1);
    results.record(false, Outcome.committed(0), 1);
    results.record(false, Outcome.committed(0), 1);
    results.record(false, Outcome.failed(new java.net.http.HttpTimeoutException("t"), 0), 1);
    results.sent();
    results.freeze(2);
    return results;
  }

  private static String report(List<CpuMeter.Usage> zone) {
    return new BenchReport(
            "title",
            "setup line",
            10,
            20,
            results(),
            zone,
            new CpuMeter.Usage("load generator", 1, 0.5))
        .format();
  }

  @Test
  void theRoundRowHasCaliperColumnsWithRatesOverTheWindowAndLatencyInMilliseconds() {
    String report = report(List.of());

    assertThat(report)
        .contains(
            "| Name     | Succ | Rejected | Pending | Timeout | Error | Unsent | Send Rate (TPS) | Throughput (TPS) | p50 (ms) | p95 (ms) | p99 (ms) | Max (ms) | Avg (ms) |")
        .contains(
            "| transfer |  100 |        4 |       1 |       1 |     0 |      2 |             5.3 |              5.0 |     50.0 |     95.0 |     99.0 |    100.0 |     50.5 |");
  }

  @Test
  void rejectionsAreListedByReasonWithTheirRate() {
    assertThat(report(List.of()))
        .contains("REJECTED Balance/2901")
        .containsPattern("REJECTED Balance/2901 +4 +0\\.20/s")
        .contains("no answer when the run stopped waiting: 1")
        .contains("the load generator fell behind: 2 transfers due in the window were never sent")
        .contains("3xx answers followed (spec §4.4): 3")
        .contains(
            "measured window: 20.0 s after a 10.0 s warm-up (warm-up answers: 2 committed, 1 timeout)");
  }

  @Test
  void zoneCpuIsSummedOverItsProcessesAndDividedByTheCommittedTransfers() {
    String report =
        report(
            List.of(
                new CpuMeter.Usage("kafka/broker.pid", 11, 0.75),
                new CpuMeter.Usage("node1/db/h2.pid", 12, 0.25),
                new CpuMeter.Usage("--pids", 13, Double.NaN)));

    assertThat(report)
        .contains(
            "zone CPU in the window: 1.00 s over 3 processes = 10.00 ms per committed transfer")
        .containsPattern("kafka/broker.pid +pid 11 +0\\.75 s")
        .containsPattern("--pids +pid 13 +gone")
        .contains(
            "load generator CPU in the window (not part of the zone): 0.50 s = 4.717 ms per sent transfer");
  }

  @Test
  void withoutZoneProcessesTheReportSaysHowToGiveThem() {
    assertThat(report(List.of()))
        .contains("zone CPU: no zone process found (give --pids or --dir)");
  }

  @Test
  void namesAreLeftAlignedAndFiguresRightAligned() {
    assertThat(new TextTable("a", "bbb").row(1, 2).row("long", 3).render())
        .isEqualTo("| a    | bbb |\n| ---- | --- |\n| 1    |   2 |\n| long |   3 |\n");
  }
}
