package org.zoneledger.protocol.zone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.proof.TestZone;

class ZoneDescriptorJsonTest {
  private static final ZoneDescriptor DESCRIPTOR = TestZone.of(3).descriptor;

  @Test
  void aDescriptorSurvivesWritingAndReading() {
    assertThat(ZoneDescriptorJson.parse(ZoneDescriptorJson.format(DESCRIPTOR)))
        .isEqualTo(DESCRIPTOR);
  }

  @Test
  void missingTopicsPrefixAndParametersTakeTheirDefaults() {
    ZoneNode node = DESCRIPTOR.nodes().get(0);
    String json =
        "{\"zoneId\":\"z1\",\"nodes\":[{\"id\":\"node1\",\"publicKey\":\""
            + node.publicKey()
            + "\",\"apiUrl\":\"http://127.0.0.1:8080\"}],\"parameters\":{\"queueBound\":5}}";
    ZoneDescriptor read = ZoneDescriptorJson.parse(json);
    assertThat(read.topicsPrefix()).isEqualTo("zone.z1");
    assertThat(read.parameters())
        .isEqualTo(
            new ProtocolParameters(
                Duration.ofSeconds(3), Duration.ofSeconds(1), 5, Duration.ofSeconds(30)));
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    ZoneNode good = DESCRIPTOR.nodes().get(0);
    ZoneDescriptor bad =
        new ZoneDescriptor(
            "bad zone",
            List.of(good, new ZoneNode(good.id(), "AAAA", "ftp://x")),
            "zone.ok",
            new ProtocolParameters(Duration.ZERO, Duration.ofSeconds(1), 0, Duration.ofSeconds(1)));
    assertThat(bad.problems())
        .hasSize(6)
        .anyMatch(p -> p.startsWith("zoneId"))
        .anyMatch(p -> p.contains("appears twice"))
        .anyMatch(p -> p.contains("publicKey is not a P-256 key"))
        .anyMatch(p -> p.contains("apiUrl must be an absolute http(s) URL"))
        .anyMatch(p -> p.contains("decideTimeout"))
        .anyMatch(p -> p.contains("queueBound"));
    assertThatThrownBy(bad::validated).isInstanceOf(InvalidZoneDescriptorException.class);
  }

  @Test
  void malformedJsonAndWrongTypesAreRejectedWithAClearMessage() {
    assertThatThrownBy(() -> ZoneDescriptorJson.parse("{")).hasMessageContaining("not JSON");
    assertThatThrownBy(() -> ZoneDescriptorJson.parse("{\"zoneId\":1,\"nodes\":[]}"))
        .hasMessageContaining("zoneId must be a string");
    assertThatThrownBy(() -> ZoneDescriptorJson.parse("{\"formatVersion\":2}"))
        .hasMessageContaining("formatVersion 2 is not supported");
  }

  @Test
  void membershipKeepsTheDescriptorOrderAndAMajorityOfMoreThanHalf() {
    ZoneMembership membership = DESCRIPTOR.membership();
    assertThat(membership.members())
        .containsExactly(new NodeId("node1"), new NodeId("node2"), new NodeId("node3"));
    assertThat(membership.majority()).isEqualTo(2);
  }
}
