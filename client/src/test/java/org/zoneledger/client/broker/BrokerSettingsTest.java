package org.zoneledger.client.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BrokerSettingsTest {

  @Test
  void defaultsAreTheUsualKafkaPorts() {
    BrokerSettings settings = BrokerSettings.of(Path.of("k"));

    assertThat(settings.port()).isEqualTo(9092);
    assertThat(settings.controllerPort()).isEqualTo(9093);
    assertThat(settings.dir()).isAbsolute();
  }

  @Test
  void zeroPortsAreReplacedByTwoDifferentFreePorts() {
    BrokerSettings resolved = BrokerSettings.withFreePorts(Path.of("k")).withResolvedPorts();

    assertThat(resolved.port()).isPositive();
    assertThat(resolved.controllerPort()).isPositive().isNotEqualTo(resolved.port());
  }

  @Test
  void givenPortsAreKeptWhenResolving() {
    BrokerSettings resolved =
        BrokerSettings.of(Path.of("k")).withPorts(1234, 0).withResolvedPorts();

    assertThat(resolved.port()).isEqualTo(1234);
    assertThat(resolved.controllerPort()).isPositive().isNotEqualTo(1234);
  }

  @Test
  void portsOutOfRangeAreRejected() {
    assertThatThrownBy(() -> BrokerSettings.of(Path.of("k")).withPorts(70000, 9093))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("port");
  }
}
