package org.zoneledger.client.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalNodeTest {

  private final LocalNode node =
      new LocalNode(
          "node2",
          2,
          Path.of("/z/node2"),
          Path.of("/a"),
          LocalZonePorts.withHttpBase(8080),
          3,
          Map.of("ZONELEDGER_NODE_ID", "node2", "ZONELEDGER_CONSENSUS", "true"));

  @Test
  void everyInstanceUsesTheNodesDatabaseServerAndBrokerAndTheNodesOwnSettings() {
    assertThat(node.env("127.0.0.1:9092"))
        .containsEntry("ZONELEDGER_KAFKA_BOOTSTRAP", "127.0.0.1:9092")
        .containsEntry("ZONELEDGER_DB_URL", "jdbc:h2:tcp://127.0.0.1:9102/node;WRITE_DELAY=0")
        .containsEntry("ZONELEDGER_NODE_ID", "node2")
        .containsEntry("ZONELEDGER_CONSENSUS", "true");
  }

  @Test
  void anInstanceListensOnItsSchemePortAndClustersWithItsNodesInstancesOnly() {
    PayaraMicroCommand second = node.command(1);

    assertThat(second.httpPort()).isEqualTo(8091);
    assertThat(second.hazelcastPorts()).containsExactly(5712, 5711, 5713);
    assertThat(second.clusterName()).isEqualTo("node2");
    assertThat(second.instanceName()).isEqualTo("node2-i1");
    assertThat(second.rootDir()).isEqualTo(Path.of("/z/node2/node2-i1"));
  }
}
