package org.zoneledger.client.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zoneledger.client.cli.InitCommand;
import org.zoneledger.client.demo.DemoReport.StepResult;
import org.zoneledger.protocol.zone.ZoneDescriptor;
import org.zoneledger.protocol.zone.ZoneDescriptorJson;

class CarSwapDemoTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private ZoneDescriptor zone() throws Exception {
    InitCommand.run(
        new String[] {"--nodes", "3", "--dir", dir.toString()},
        new PrintStream(new ByteArrayOutputStream()));
    return ZoneDescriptorJson.read(dir.resolve("zone.json"));
  }

  private DemoReport run(FakeZone fake) throws Exception {
    return new CarSwapDemo(
            zone(), fake.urls(), new PrintStream(out, true, StandardCharsets.UTF_8), Duration.ZERO)
        .run(new CarSwapScenario("t1"));
  }

  @Test
  void stepsAreSpreadOverTheNodesAndReportTheElectionTheNodesRecorded() throws Exception {
    try (FakeZone fake = new FakeZone(3, 4)) {
      DemoReport report = run(fake);

      assertThat(fake.puts).extracting(FakeZone.Put::node).containsExactly(0, 1, 2, 0, 1);
      StepResult second = report.steps().get(1);
      assertThat(second.sentTo()).isEqualTo("node2");
      assertThat(second.status()).isEqualTo("COMMITTED");
      assertThat(second.coordinator()).isEqualTo("node2");
      assertThat(second.round()).isZero();
      assertThat(second.proofUrl())
          .isEqualTo(fake.urls().get(1) + "/api/v1/proofs/" + second.requestId());
      assertThat(out.toString(StandardCharsets.UTF_8))
          .contains(" 2/13 Alice issues her identity")
          .contains("→ node2: COMMITTED")
          .contains("coordinator node2, round 0");
    }
  }

  @Test
  void aRefusedStepStopsTheDemoWithTheNodesErrorAndNoVerdict() throws Exception {
    try (FakeZone fake = new FakeZone(3, 4)) {
      DemoReport report = run(fake);

      assertThat(report.steps()).hasSize(5);
      StepResult refused = report.steps().get(4);
      assertThat(refused.status()).isEqualTo("REJECTED");
      assertThat(refused.detail()).contains("2505").contains("not today");
      assertThat(report.allCommitted()).isFalse();
      assertThat(report.offlineCheck()).isNull();
      assertThat(report.succeeded()).isFalse();
      assertThat(report.digests()).containsValues("abc123");
      assertThat(out.toString(StandardCharsets.UTF_8)).contains("the demo stops here");
    }
  }
}
