package org.zoneledger.client.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zoneledger.client.cli.InitCommand;

class ZoneNodeEnvironmentTest {

  @TempDir Path dir;

  private Path commission(String zoneId) {
    InitCommand.run(
        new String[] {"--nodes", "3", "--dir", dir.toString(), "--zone-id", zoneId},
        new PrintStream(new ByteArrayOutputStream()));
    return dir.resolve("zone.json");
  }

  @Test
  void aNodeRunsConsensusOnTheZonesTopicsWithConsumerGroupsOfItsOwn() throws Exception {
    Path descriptor = commission("blue");

    Map<String, String> env = ZoneNodeEnvironment.of(descriptor, "node2").env();

    assertThat(env)
        .containsExactly(
            entry("ZONELEDGER_CONSENSUS", "true"),
            entry("ZONELEDGER_NODE_ID", "node2"),
            entry("ZONELEDGER_ZONE_DESCRIPTOR", descriptor.toAbsolutePath().toString()),
            entry("ZONELEDGER_TOPIC_REQUESTS", "zone.blue.requests"),
            entry("ZONELEDGER_TOPIC_ENTITY_LOG", "zone.blue.entity-log"),
            entry("ZONELEDGER_TOPIC_VOTES", "zone.blue.votes"),
            entry("ZONELEDGER_COORDINATOR_GROUP", "node2.coordinator"),
            entry("ZONELEDGER_VALIDATOR_GROUP", "node2.validator"));
  }

  @Test
  void theEchoPathGetsTheGivenTopicsAndAGroupOfTheNode() throws Exception {
    Map<String, String> env =
        ZoneNodeEnvironment.of(commission("blue"), "node3").withEcho("blue.echo", "").env();

    assertThat(env)
        .contains(
            entry("ZONELEDGER_ECHO_TOPICS", "blue.echo"),
            entry("ZONELEDGER_ECHO_GROUP", "node3.echo"),
            entry("ZONELEDGER_ECHO_ACK_TOPIC", ""))
        .containsEntry("ZONELEDGER_NODE_ID", "node3");
  }

  @Test
  void aRelativeDescriptorPathBecomesAbsoluteSoInstancesInOtherFoldersFindIt() throws Exception {
    commission("blue");
    Path relative = Path.of("").toAbsolutePath().relativize(dir.resolve("zone.json"));

    String path = ZoneNodeEnvironment.of(relative, "node1").env().get("ZONELEDGER_ZONE_DESCRIPTOR");

    assertThat(Path.of(path)).isAbsolute().isEqualTo(dir.resolve("zone.json").toAbsolutePath());
  }

  @Test
  void theTopicsFollowTheDescriptorsPrefix() {
    assertThat(ZoneTopics.of("zone.local").withPartitions(6))
        .containsExactly(
            entry("zone.local.requests", 6),
            entry("zone.local.entity-log", 6),
            entry("zone.local.votes", 6));
  }
}
