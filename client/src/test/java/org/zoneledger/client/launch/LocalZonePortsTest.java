package org.zoneledger.client.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zoneledger.client.cli.InitCommand;
import org.zoneledger.protocol.zone.ZoneDescriptor;
import org.zoneledger.protocol.zone.ZoneDescriptorJson;
import org.zoneledger.protocol.zone.ZoneNode;

class LocalZonePortsTest {

  @TempDir Path dir;

  private final LocalZonePorts ports = LocalZonePorts.withHttpBase(8080);

  @Test
  void instanceZeroOfEachNodeListensOnConsecutivePortsAndFurtherInstancesTenHigher() {
    assertThat(List.of(ports.http(1, 0), ports.http(2, 0), ports.http(3, 0)))
        .containsExactly(8080, 8081, 8082);
    assertThat(List.of(ports.http(1, 1), ports.http(3, 2))).containsExactly(8090, 8102);
  }

  @Test
  void eachNodeHasItsOwnHazelcastPortsAndDatabasePort() {
    assertThat(List.of(ports.hazelcast(1, 0), ports.hazelcast(1, 1), ports.hazelcast(2, 0)))
        .containsExactly(5701, 5702, 5711);
    assertThat(List.of(ports.database(1), ports.database(3))).containsExactly(9101, 9103);
  }

  @Test
  void noTwoProcessesOfTheLargestLocalZoneShareAPort() {
    List<Integer> all = new ArrayList<>();
    for (int k = 1; k <= LocalZonePorts.MAX_NODES; k++) {
      all.add(ports.database(k));
      for (int i = 0; i < LocalZonePorts.MAX_INSTANCES; i++) {
        all.add(ports.http(k, i));
        all.add(ports.hazelcast(k, i));
      }
    }
    assertThat(all).doesNotHaveDuplicates();
  }

  @Test
  void aZoneCommissionedWithABasePortKeepsItsApiUrlsAsInstanceZeroPorts() throws Exception {
    InitCommand.run(
        new String[] {"--nodes", "3", "--dir", dir.toString(), "--base-port", "18080"},
        new PrintStream(new ByteArrayOutputStream()));
    ZoneDescriptor zone = ZoneDescriptorJson.read(dir.resolve("zone.json"));

    LocalZonePorts of = LocalZonePorts.of(zone);

    assertThat(of.httpBase()).isEqualTo(18080);
    assertThat(of.url(3, 0).toString()).isEqualTo(zone.nodes().get(2).apiUrl());
  }

  @Test
  void aDescriptorWhoseApiUrlsBreakTheSchemeIsRefusedWithTheUrlExpected() throws Exception {
    InitCommand.run(
        new String[] {"--nodes", "2", "--dir", dir.toString()},
        new PrintStream(new ByteArrayOutputStream()));
    ZoneDescriptor zone = ZoneDescriptorJson.read(dir.resolve("zone.json"));
    ZoneNode second = zone.nodes().get(1);
    ZoneDescriptor moved =
        new ZoneDescriptor(
            zone.zoneId(),
            List.of(
                zone.nodes().get(0),
                new ZoneNode(second.id(), second.publicKey(), "http://127.0.0.1:9999")),
            zone.topicsPrefix(),
            zone.parameters());

    assertThatThrownBy(() -> LocalZonePorts.of(moved))
        .hasMessageContaining("node2 has API URL http://127.0.0.1:9999")
        .hasMessageContaining("expects http://127.0.0.1:8081");
  }

  @Test
  void theDescriptionNamesEveryNodesPorts() {
    assertThat(ports.describe(3, 2))
        .contains("8080 + 10·i + (k−1)")
        .contains("node1 8080, node2 8081, node3 8082")
        .contains("node3 5721")
        .contains("node3 9103");
  }
}
