package org.zoneledger.client.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ServerPropertiesTest {

  private final Path dir = Path.of("/var/zone/kafka");

  @Test
  void aCombinedNodeListensOnLoopbackOnlyWithTheGivenPorts() throws IOException {
    Properties props = render(BrokerSettings.of(dir).withPorts(29092, 29093));

    assertThat(props.getProperty("process.roles")).isEqualTo("broker,controller");
    assertThat(props.getProperty("listeners"))
        .isEqualTo("PLAINTEXT://127.0.0.1:29092,CONTROLLER://127.0.0.1:29093");
    assertThat(props.getProperty("advertised.listeners")).isEqualTo("PLAINTEXT://127.0.0.1:29092");
    assertThat(props.getProperty("controller.quorum.voters")).isEqualTo("1@127.0.0.1:29093");
    assertThat(props.getProperty("node.id")).isEqualTo("1");
  }

  @Test
  void dataGoesUnderTheFolder() throws IOException {
    Properties props = render(BrokerSettings.of(dir));

    assertThat(props.getProperty("log.dirs")).isEqualTo("/var/zone/kafka/data");
  }

  @Test
  void internalTopicsHaveReplicationFactorOneOnASingleBroker() throws IOException {
    Properties props = render(BrokerSettings.of(dir));

    assertThat(props)
        .containsEntry("offsets.topic.replication.factor", "1")
        .containsEntry("transaction.state.log.replication.factor", "1")
        .containsEntry("transaction.state.log.min.isr", "1")
        .containsEntry("share.coordinator.state.topic.replication.factor", "1");
  }

  @Test
  void portsMustBeResolvedBeforeRendering() {
    assertThatThrownBy(() -> ServerProperties.render(BrokerSettings.withFreePorts(dir), dir))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private Properties render(BrokerSettings settings) throws IOException {
    Properties props = new Properties();
    props.load(new StringReader(ServerProperties.render(settings, new BrokerFiles(dir).dataDir())));
    return props;
  }
}
