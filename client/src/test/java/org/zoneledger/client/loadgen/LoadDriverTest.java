package org.zoneledger.client.loadgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LoadDriverTest {
  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .version(HttpClient.Version.HTTP_1_1)
          .build();
  private final BenchAccounts accounts = BenchAccounts.generate("d", 4);

  /**
   * A transfer's budget where the test is not about time-outs: it counts from the transfer's
   * scheduled instant, so on a busy machine (a CI run with other builds) a sender or stub that
   * falls behind for a few seconds turned answers into time-outs (5 s: 195 of 200 answered, once).
   */
  private static final Duration GENEROUS = Duration.ofSeconds(30);

  private LoadResults run(
      List<StubNode> nodes,
      double rate,
      int maxInFlight,
      Duration timeout,
      LoadDriver.Window window)
      throws Exception {
    Duration warmup = Duration.ofMillis(300);
    Duration duration = Duration.ofMillis(1_000);
    long total = rate == 0 ? Long.MAX_VALUE : new RateSchedule(0, rate, warmup, duration).total();
    LoadResults results = new LoadResults();
    try (SignedSupply supply =
        new SignedSupply(new TransferGenerator(accounts, false), total, 1_000)) {
      supply.start(2, 7);
      supply.awaitPrefill(1_000, 60_000_000_000L);
      RateSchedule schedule = new RateSchedule(System.nanoTime(), rate, warmup, duration);
      new LoadDriver(
              nodes.stream().map(StubNode::baseUrl).toList(),
              new PutExchange(http),
              supply,
              results,
              maxInFlight,
              timeout)
          .run(schedule, window);
    }
    return results;
  }

  private static final LoadDriver.Window NO_WINDOW =
      new LoadDriver.Window() {
        @Override
        public void started() {}

        @Override
        public void ended() {}
      };

  @Test
  void aFixedRateSendsEveryDueTransferRoundRobinAndMeasuresOnlyTheWindow() throws Exception {
    try (StubNode a = new StubNode(StubNode.Answer::ok);
        StubNode b = new StubNode(StubNode.Answer::ok)) {
      List<String> events = new ArrayList<>();
      LoadDriver.Window window =
          new LoadDriver.Window() {
            @Override
            public void started() {
              events.add("started after " + a.received.size() + b.received.size());
            }

            @Override
            public void ended() {
              events.add("ended");
            }
          };

      LoadResults results = run(List.of(a, b), 100, 100, GENEROUS, window);

      assertThat(a.received).hasSize(65);
      assertThat(b.received).hasSize(65);
      assertThat(results.sentInWindow()).isEqualTo(100);
      assertThat(results.count(Outcome.Kind.COMMITTED)).isEqualTo(100);
      assertThat(results.warmupAnswered()).isEqualTo(30);
      assertThat(results.latencyMicros().count()).isEqualTo(100);
      assertThat(results.unsent()).isZero();
      assertThat(results.unfinished()).isZero();
      assertThat(events).hasSize(2).last().isEqualTo("ended");
    }
  }

  @Test
  void mixedAnswersAreCountedByKindAndReason() throws Exception {
    AtomicInteger n = new AtomicInteger();
    try (StubNode node =
        new StubNode(
            r -> {
              if (r.target().endsWith("?again")) {
                return StubNode.Answer.ok(r);
              }
              return switch (n.getAndIncrement() % 4) {
                case 0 -> StubNode.Answer.error(400, 2901, "Balance");
                case 1 -> StubNode.Answer.seeOther(r.target() + "?again", 0);
                default -> StubNode.Answer.ok(r);
              };
            })) {
      LoadResults results = run(List.of(node), 200, 100, GENEROUS, NO_WINDOW);

      assertThat(results.sentInWindow()).isEqualTo(200);
      assertThat(results.count(Outcome.Kind.COMMITTED) + results.count(Outcome.Kind.REJECTED))
          .isEqualTo(200);
      assertThat(results.count(Outcome.Kind.REJECTED)).isBetween(45L, 55L);
      assertThat(results.reasons()).containsOnlyKeys("REJECTED Balance/2901");
      assertThat(results.redirects()).isEqualTo(260 / 4);
    }
  }

  @Test
  void aZoneThatNeverAnswersInTimeLeavesTimeoutsAndTheRunStillEnds() throws Exception {
    try (StubNode slow =
        new StubNode(
            r -> {
              try {
                Thread.sleep(1_500);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return StubNode.Answer.ok(r);
            })) {
      long start = System.nanoTime();

      LoadResults results = run(List.of(slow), 20, 2, Duration.ofMillis(200), NO_WINDOW);

      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
      assertThat(results.count(Outcome.Kind.COMMITTED)).isZero();
      assertThat(results.count(Outcome.Kind.TIMEOUT) + results.unfinished()).isPositive();
    }
  }

  @Test
  void openModeKeepsTheSlotsBusyUntilTheWindowEnds() throws Exception {
    try (StubNode node = new StubNode(StubNode.Answer::ok)) {
      LoadResults results = run(List.of(node), 0, 8, Duration.ofSeconds(5), NO_WINDOW);

      assertThat(results.count(Outcome.Kind.COMMITTED))
          .isGreaterThan(50)
          .isEqualTo(results.sentInWindow());
      assertThat(results.unsent()).isZero();
    }
  }
}
