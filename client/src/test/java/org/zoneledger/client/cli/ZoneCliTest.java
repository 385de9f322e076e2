package org.zoneledger.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZoneCliTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return ZoneCli.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    assertThat(run("frobnicate")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("unknown command frobnicate")
        .contains("broker start");
  }

  @Test
  void brokerStartWithoutDirIsAUsageError() {
    assertThat(run("broker", "start", "--port", "0")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--dir is required");
  }

  @Test
  void aPortThatIsNotANumberIsAUsageError() {
    assertThat(run("broker", "start", "--dir", dir.toString(), "--port", "x")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--port needs a number");
  }

  @Test
  void statusOfAFolderWithoutBrokerSaysSoWithExitCodeThree() {
    assertThat(run("broker", "status", "--dir", dir.toString())).isEqualTo(3);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("no Kafka broker runs on " + dir);
  }

  @Test
  void stopOfAFolderWithoutBrokerSucceeds() {
    assertThat(run("broker", "stop", "--dir", dir.toString())).isZero();
  }

  @Test
  void initIsDispatchedToTheInitCommandAndItsUsageErrorsGiveExitCodeTwo() {
    assertThat(run("init", "--dir", dir.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--nodes must be");
  }

  @Test
  void helpListsTheBrokerAndInitCommands() {
    assertThat(run("help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("broker start")
        .contains("init --nodes N");
  }
}
