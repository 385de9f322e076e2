package org.zoneledger.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalZoneCommandsTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return ZoneCli.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void statusOfAnEmptyFolderSaysNothingRunsAndNoZoneIsCommissioned() {
    assertThat(run("status", "--dir", dir.toString())).isZero();
    assertThat(out()).contains("kafka     not running").contains("not commissioned");
  }

  @Test
  void statusOfACommissionedZoneNamesItWithoutStartingAnything() {
    run("init", "--nodes", "3", "--dir", dir.toString(), "--zone-id", "blue");
    out.reset();

    assertThat(run("status", "--dir", dir.toString())).isZero();
    assertThat(out()).contains("zone      blue, 3 nodes");
  }

  @Test
  void downOfAnEmptyFolderStopsNothingAndSucceeds() {
    assertThat(run("down", "--dir", dir.toString())).isZero();
    assertThat(out()).contains("no Kafka broker was running");
  }

  @Test
  void theDemoNeedsACommissionedZone() {
    assertThat(run("demo", "--dir", dir.toString())).isEqualTo(1);
    assertThat(err()).contains("no zone in " + dir).contains("./zone up first");
  }

  @Test
  void theDemoNeedsHealthyNodes() {
    run("init", "--nodes", "3", "--dir", dir.toString(), "--base-port", "1");

    assertThat(run("demo", "--dir", dir.toString())).isEqualTo(1);
    assertThat(err()).contains("http://127.0.0.1:1 is not healthy (no answer)");
  }

  @Test
  void upRefusesAnInstanceCountOutsideThePortScheme() {
    assertThat(run("up", "--dir", dir.toString(), "--instances", "11")).isEqualTo(2);
    assertThat(err()).contains("--instances must be 1 to 10");
  }

  @Test
  void upRefusesAnotherBasePortThanTheZoneWasCommissionedFor() {
    run("init", "--nodes", "3", "--dir", dir.toString(), "--base-port", "18080");

    assertThat(run("up", "--dir", dir.toString(), "--port", "8080", "--no-demo")).isEqualTo(1);
    assertThat(err()).contains("commissioned for HTTP base port 18080");
  }

  @Test
  void flagsTakeNoValueAndUnknownOptionsListTheAllowedOnes() {
    assertThat(run("up", "--dir", dir.toString(), "--frob")).isEqualTo(2);
    assertThat(err()).contains("unknown option --frob").contains("--no-demo").contains("--echo");
  }

  @Test
  void helpListsUpDownStatusAndDemo() {
    assertThat(run("help")).isZero();
    assertThat(out()).contains("up [--dir D]").contains("--no-demo").contains("demo [--dir D]");
  }
}
