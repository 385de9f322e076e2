package org.zoneledger.client.loadgen;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
  @TempDir Path zone;
  private final List<StubNode> nodes = new ArrayList<>();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final AtomicInteger transfers = new AtomicInteger();

  @AfterEach
  void stop() {
    nodes.forEach(StubNode::close);
  }

  /**
   * Set-up requests commit; of every ten transfers one is refused for its balance, one pending
   * once.
   */
  private StubNode.Answer zone(StubNode.Received r) {
    if (!r.text().contains("TransfersRequest") || r.target().endsWith("?poll")) {
      return StubNode.Answer.ok(r);
    }
    return switch (transfers.getAndIncrement() % 10) {
      case 0 -> StubNode.Answer.error(400, 2901, "Balance");
      case 1 -> StubNode.Answer.seeOther(r.target() + "?poll", 0);
      default -> StubNode.Answer.ok(r);
    };
  }

  private int bench(Function<StubNode.Received, StubNode.Answer> script, String... extra)
      throws Exception {
    for (int i = 0; i < 3; i++) {
      nodes.add(new StubNode(script));
    }
    Files.createDirectories(zone.resolve("node1/node1-i1"));
    Files.writeString(
        zone.resolve("node1/node1-i1/instance.pid"), Long.toString(ProcessHandle.current().pid()));
    List<String> args =
        new ArrayList<>(
            List.of(
                "--nodes",
                String.join(",", nodes.stream().map(n -> n.baseUrl().toString()).toList()),
                "--dir",
                zone.toString(),
                "--accounts",
                "5",
                "--warmup",
                "0.5",
                "--duration",
                "1",
                "--timeout",
                "5"));
    args.addAll(List.of(extra));
    return BenchCommand.run(
        args, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
  }

  @Test
  void aRunSetsUpTheAccountsSendsTheTransfersAndPrintsTheReport() throws Exception {
    int exit = bench(this::zone, "--rate", "100");

    String report = out.toString(UTF_8);
    assertThat(exit).as(err.toString(UTF_8)).isZero();
    assertThat(report)
        .contains(
            "set up 6 identities", "set up 1 asset type", "set up 5 accounts", "set up 5 mints")
        .contains("set-up: 17 requests")
        .contains("| Name     | Succ |")
        .containsPattern(
            "\\| transfer \\| +\\d+ \\| +\\d+ \\| +0 \\| +0 \\| +0 \\| +0 \\| +100\\.0 \\|")
        .contains("REJECTED Balance/2901")
        .contains("zone CPU in the window:")
        .contains("node1/node1-i1/instance.pid")
        .contains("load generator CPU in the window (not part of the zone)");
    long puts =
        nodes.stream()
            .mapToLong(
                n -> n.received.stream().filter(r -> r.text().contains("TransfersRequest")).count())
            .sum();
    assertThat(puts).isGreaterThanOrEqualTo(150 + 15);
    assertThat(nodes).allSatisfy(n -> assertThat(n.received).hasSizeGreaterThan(50));
  }

  @Test
  void openModeWithTheHotAccountAndInitialFundingRuns() throws Exception {
    int exit = bench(this::zone, "--open", "--concurrency", "4", "--hot", "--funding", "initial");

    assertThat(exit).as(err.toString(UTF_8)).isZero();
    assertThat(out.toString(UTF_8))
        .contains("open mode, 4 in flight")
        .contains("hot account on")
        .doesNotContain("mints");
  }

  @Test
  void aFailedSetUpEndsTheRunWithExitCodeOne() throws Exception {
    int exit = bench(r -> StubNode.Answer.error(400, 2503, "Authorisation"), "--rate", "10");

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString(UTF_8))
        .contains("zone bench: set-up of the identities failed")
        .contains("2503");
  }

  @Test
  void aBadOptionIsAUsageErrorWithExitCodeTwo() {
    int exit =
        BenchCommand.run(
            List.of("--rate", "x"),
            new PrintStream(out, true, UTF_8),
            new PrintStream(err, true, UTF_8));

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString(UTF_8))
        .contains("zone bench: --rate needs a number")
        .contains(BenchCommand.USAGE);
  }

  @Test
  void helpPrintsTheUsage() {
    int exit =
        BenchCommand.run(
            List.of("--help"),
            new PrintStream(out, true, UTF_8),
            new PrintStream(err, true, UTF_8));

    assertThat(exit).isZero();
    assertThat(out.toString(UTF_8)).startsWith("usage: zone bench [--nodes URL,URL,...]");
  }
}
