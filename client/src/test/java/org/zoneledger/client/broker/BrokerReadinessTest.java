package org.zoneledger.client.broker;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BrokerReadinessTest {

  private final Path log = Path.of("/somewhere/broker.log");

  @Test
  void aBrokerThatExitsDuringStartUpFailsAtOnceNamingTheLog() throws Exception {
    Process exited = new ProcessBuilder("true").start();
    exited.waitFor();

    assertThatThrownBy(
            () ->
                BrokerReadiness.await(
                    "127.0.0.1:" + FreePort.pick(),
                    "some-cluster",
                    exited.toHandle(),
                    Duration.ofSeconds(30),
                    log))
        .isInstanceOf(BrokerException.class)
        .hasMessageContaining("exited during start-up")
        .hasMessageContaining(log.toString());
  }

  @Test
  void nothingListeningOnThePortTimesOutNamingTheLog() {
    String bootstrap = "127.0.0.1:" + FreePort.pick();

    assertThatThrownBy(
            () ->
                BrokerReadiness.await(
                    bootstrap, "some-cluster", ProcessHandle.current(), Duration.ofSeconds(1), log))
        .isInstanceOf(BrokerException.class)
        .hasMessageContaining("did not accept connections within 1 s")
        .hasMessageContaining(bootstrap)
        .hasMessageContaining(log.toString());
  }
}
