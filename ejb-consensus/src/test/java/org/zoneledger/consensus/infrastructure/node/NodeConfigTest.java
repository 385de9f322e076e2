package org.zoneledger.consensus.infrastructure.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zoneledger.consensus.domain.drme.DrmeNode.SigningMode;
import org.zoneledger.consensus.domain.drme.RoundSchedule;
import org.zoneledger.protocol.message.NodeId;

class NodeConfigTest {
  private final Map<String, String> settings = new HashMap<>();

  @Test
  void onlyNodeIdAndDescriptorAreRequiredAndTheKeyDefaultsToWhereZoneInitWritesIt() {
    settings.put(NodeConfig.NODE_ID, "node2");
    settings.put(NodeConfig.DESCRIPTOR, "/zones/local/zone.json");

    NodeConfig config = read();

    assertThat(config.nodeId()).isEqualTo(new NodeId("node2"));
    assertThat(config.descriptor()).isEqualTo(Path.of("/zones/local/zone.json"));
    assertThat(config.key()).isEqualTo(Path.of("/zones/local/keys/node2.p8"));
    assertThat(config.signing()).isEqualTo(SigningMode.BATCH);
    assertThat(config.roundCapFactor()).isEqualTo(RoundSchedule.DEFAULT_CAP_FACTOR);
    assertThat(config.verifierCacheSize()).isEqualTo(NodeConfig.DEFAULT_VERIFIER_CACHE);
  }

  @Test
  void everyDefaultCanBeOverridden() {
    settings.put(NodeConfig.NODE_ID, "node1");
    settings.put(NodeConfig.DESCRIPTOR, "zone.json");
    settings.put(NodeConfig.KEY, "/secrets/n1.p8");
    settings.put(NodeConfig.SIGNING, " DIRECT ");
    settings.put(NodeConfig.ROUND_CAP_FACTOR, "2");
    settings.put(NodeConfig.VERIFIER_CACHE, "10");

    NodeConfig config = read();

    assertThat(config.key()).isEqualTo(Path.of("/secrets/n1.p8"));
    assertThat(config.signing()).isEqualTo(SigningMode.DIRECT);
    assertThat(config.roundCapFactor()).isEqualTo(2);
    assertThat(config.verifierCacheSize()).isEqualTo(10);
  }

  @Test
  void aMissingNodeIdNamesTheSettingAndItsEnvironmentVariable() {
    settings.put(NodeConfig.DESCRIPTOR, "zone.json");
    settings.put(NodeConfig.NODE_ID, "  ");

    assertThatThrownBy(this::read)
        .isInstanceOf(NodeConfigException.class)
        .hasMessageContaining("zoneledger.node.id")
        .hasMessageContaining("ZONELEDGER_NODE_ID");
  }

  @Test
  void aMissingDescriptorIsRefused() {
    settings.put(NodeConfig.NODE_ID, "node1");

    assertThatThrownBy(this::read).hasMessageContaining("zoneledger.zone.descriptor");
  }

  @Test
  void badValuesAreRefusedWithTheKeyAndValue() {
    settings.put(NodeConfig.NODE_ID, "node1");
    settings.put(NodeConfig.DESCRIPTOR, "zone.json");

    settings.put(NodeConfig.SIGNING, "merkle");
    assertThatThrownBy(this::read)
        .hasMessageContaining("zoneledger.node.signing")
        .hasMessageContaining("merkle");
    settings.remove(NodeConfig.SIGNING);

    settings.put(NodeConfig.ROUND_CAP_FACTOR, "x");
    assertThatThrownBy(this::read).hasMessageContaining("zoneledger.node.round-cap-factor");
    settings.put(NodeConfig.ROUND_CAP_FACTOR, "0");
    assertThatThrownBy(this::read).hasMessageContaining("at least 1");
    settings.remove(NodeConfig.ROUND_CAP_FACTOR);

    settings.put(NodeConfig.NODE_ID, "node/1");
    assertThatThrownBy(this::read).hasMessageContaining("is not a node id");
  }

  @Test
  void systemPropertiesAreReadThroughSettings() {
    System.setProperty(NodeConfig.NODE_ID, "node3");
    System.setProperty(NodeConfig.DESCRIPTOR, "/z/zone.json");
    try {
      assertThat(NodeConfig.fromSettings().key()).isEqualTo(Path.of("/z/keys/node3.p8"));
    } finally {
      System.clearProperty(NodeConfig.NODE_ID);
      System.clearProperty(NodeConfig.DESCRIPTOR);
    }
  }

  private NodeConfig read() {
    return NodeConfig.from(key -> Optional.ofNullable(settings.get(key)));
  }
}
