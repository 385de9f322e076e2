package org.zoneledger.consensus.infrastructure.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zoneledger.consensus.domain.drme.DrmeNode;
import org.zoneledger.consensus.domain.drme.DrmeNode.SigningMode;
import org.zoneledger.consensus.domain.drme.ZoneVerifier;
import org.zoneledger.consensus.domain.ledger.DefaultLedgerRules;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.message.NodeSignature;
import org.zoneledger.protocol.zone.ProtocolParameters;

class NodeSetupTest {
  @TempDir Path dir;
  private ZoneFiles zone;

  @BeforeEach
  void initZone() throws IOException {
    zone = ZoneFiles.init(dir, 3);
  }

  @Test
  void aNodeOfAZoneWrittenByZoneInitBuildsTheEnginesNode() {
    NodeSetup setup = NodeSetup.load(config("node2", null));
    ZoneVerifier verifier = setup.zoneVerifier();

    DrmeNode node = setup.drmeNode(verifier, (id, digest) -> Optional.empty());

    assertThat(node.self()).isEqualTo(new NodeId("node2"));
    assertThat(node.members())
        .containsExactly(new NodeId("node1"), new NodeId("node2"), new NodeId("node3"));
    assertThat(node.parameters()).isEqualTo(ProtocolParameters.DEFAULTS);
    assertThat(node.schedule().decideTimeout())
        .isEqualTo(ProtocolParameters.DEFAULT_DECIDE_TIMEOUT);
    assertThat(node.rules()).isInstanceOf(DefaultLedgerRules.class);
    assertThat(node.signing()).isEqualTo(SigningMode.BATCH);
    assertThat(setup.topics().requests()).isEqualTo("zone.local.requests");
  }

  @Test
  void whatTheNodeSignsVerifiesWithItsKeyInTheDescriptor() {
    NodeSetup setup = NodeSetup.load(config("node3", null));
    ZoneVerifier verifier = setup.zoneVerifier();
    byte[] message = {1, 2, 3};

    NodeSignature signature = setup.crypto().sign(message);

    assertThat(verifier.signedBy(new NodeId("node3"), message, signature)).isTrue();
    assertThat(verifier.signedBy(new NodeId("node1"), message, signature)).isFalse();
  }

  @Test
  void anotherNodesKeyIsRefused() {
    assertThatThrownBy(() -> NodeSetup.load(config("node1", zone.keyOf("node2"))))
        .isInstanceOf(NodeConfigException.class)
        .hasMessageContaining("is not node1's")
        .hasMessageContaining("node2.p8");
  }

  @Test
  void aNodeThatIsNotAMemberIsRefusedWithTheMembers() {
    assertThatThrownBy(() -> NodeSetup.load(config("node4", zone.keyOf("node1"))))
        .isInstanceOf(NodeConfigException.class)
        .hasMessageContaining("node4")
        .hasMessageContaining("not a member of zone local")
        .hasMessageContaining("[node1, node2, node3]");
  }

  @Test
  void aMissingKeyFileNamesThePathAndTheSetting() throws IOException {
    Files.delete(zone.keyOf("node1"));

    assertThatThrownBy(() -> NodeSetup.load(config("node1", null)))
        .isInstanceOf(NodeConfigException.class)
        .hasMessageContaining(zone.keyOf("node1").toString())
        .hasMessageContaining("does not exist")
        .hasMessageContaining("zoneledger.node.key");
  }

  @Test
  void aKeyFileThatIsNotPkcs8IsRefused() throws IOException {
    Files.write(zone.keyOf("node1"), new byte[] {1, 2, 3});

    assertThatThrownBy(() -> NodeSetup.load(config("node1", null)))
        .hasMessageContaining("is not a DER PKCS#8 P-256 private key");
  }

  @Test
  void aMissingDescriptorSaysHowToWriteOne() throws IOException {
    Files.delete(zone.descriptorFile());

    assertThatThrownBy(() -> NodeSetup.load(config("node1", null)))
        .isInstanceOf(NodeConfigException.class)
        .hasMessageContaining("does not exist")
        .hasMessageContaining("zone init");
  }

  @Test
  void anInvalidDescriptorListsItsProblems() throws IOException {
    Files.writeString(zone.descriptorFile(), "{\"zoneId\":\"local\",\"nodes\":[]}");

    assertThatThrownBy(() -> NodeSetup.load(config("node1", null)))
        .isInstanceOf(NodeConfigException.class)
        .hasMessageContaining("is not usable")
        .hasMessageContaining("nodes");
  }

  private NodeConfig config(String node, Path key) {
    return new NodeConfig(
        new NodeId(node),
        zone.descriptorFile(),
        key != null ? key : NodeConfig.defaultKey(zone.descriptorFile(), new NodeId(node)),
        SigningMode.BATCH,
        4,
        1000);
  }
}
