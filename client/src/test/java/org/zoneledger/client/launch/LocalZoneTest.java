package org.zoneledger.client.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zoneledger.client.cli.InitCommand;

class LocalZoneTest {

  @TempDir Path dir;

  private LocalZone commissioned() throws Exception {
    InitCommand.run(
        new String[] {"--nodes", "3", "--dir", dir.toString()},
        new PrintStream(new ByteArrayOutputStream()));
    return LocalZone.open(dir, dir.resolve("artifacts"));
  }

  @Test
  void theNodesFollowTheDescriptorEachInItsFolderWithItsConsensusSettings() throws Exception {
    List<LocalNode> nodes = commissioned().nodes(2);

    assertThat(nodes).extracting(LocalNode::nodeId).containsExactly("node1", "node2", "node3");
    assertThat(nodes).extracting(LocalNode::index).containsExactly(1, 2, 3);
    LocalNode third = nodes.get(2);
    assertThat(third.dir()).isEqualTo(dir.resolve("node3"));
    assertThat(third.instances()).isEqualTo(2);
    assertThat(third.nodeEnv())
        .containsEntry("ZONELEDGER_NODE_ID", "node3")
        .containsEntry("ZONELEDGER_COORDINATOR_GROUP", "node3.coordinator")
        .containsEntry("ZONELEDGER_TOPIC_VOTES", "zone.local.votes")
        .containsEntry("ZONELEDGER_ECHO_GROUP", "node3.echo");
  }

  @Test
  void clientsTalkToInstanceZeroOfEachNodeAtItsDescriptorUrl() throws Exception {
    LocalZone zone = commissioned();

    assertThat(zone.nodeUrls())
        .containsExactly(
            URI.create("http://127.0.0.1:8080"),
            URI.create("http://127.0.0.1:8081"),
            URI.create("http://127.0.0.1:8082"));
  }

  @Test
  void upCreatesTheZonesTopicsAndTheEchoTopics() throws Exception {
    assertThat(commissioned().topicsToCreate(6))
        .containsEntry("zone.local.requests", 6)
        .containsEntry("zone.local.entity-log", 6)
        .containsEntry("zone.local.votes", 6)
        .containsKey(LocalZone.ECHO_TOPIC);
  }

  @Test
  void onlyFoldersWithADatabaseOrInstancePidCountAsStartedNodes() throws Exception {
    commissioned();
    Files.createDirectories(dir.resolve("node1/db"));
    Files.writeString(dir.resolve("node1/db/h2.pid"), "1");
    Files.createDirectories(dir.resolve("node2/node2-i0"));
    Files.writeString(dir.resolve("node2/node2-i0/instance.pid"), "1");
    Files.createDirectories(dir.resolve("node3"));

    assertThat(LocalZone.nodeDirs(dir)).containsExactly(dir.resolve("node1"), dir.resolve("node2"));
  }
}
