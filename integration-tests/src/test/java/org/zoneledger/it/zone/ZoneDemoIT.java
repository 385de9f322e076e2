package org.zoneledger.it.zone;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zoneledger.client.demo.CarSwapDemo;
import org.zoneledger.client.demo.CarSwapScenario;
import org.zoneledger.client.demo.DemoReport;
import org.zoneledger.client.demo.NodeAdmin;
import org.zoneledger.client.launch.PayaraInstance;
import org.zoneledger.client.launch.ZoneTopics;
import org.zoneledger.consensus.infrastructure.kafka.TopicNames;
import org.zoneledger.protocol.zone.ZoneDescriptorJson;

/**
 * The demo of {@code ./zone up} on a three-node zone through the public PUT endpoint: the MVA's car
 * type, Alice's car with an endorsed claim, Bob's minted euros and their swap in one request, each
 * step sent to another node. Every step commits on every node, the swap's proof verifies offline
 * with the zone descriptor and the demo's proofs alone, and the nodes end with equal digests.
 */
@ExtendWith(SharedZoneExtension.class)
class ZoneDemoIT {

  @Test
  void theCarSwapCommitsOnEveryNodeAndItsProofVerifiesOffline(ZoneFixture zone) throws Exception {
    List<URI> urls = zone.instances().stream().map(PayaraInstance::baseUri).toList();
    CarSwapScenario scenario = CarSwapScenario.fresh();

    DemoReport report =
        new CarSwapDemo(ZoneDescriptorJson.read(zone.descriptor()), urls, System.out).run(scenario);

    assertThat(report.steps())
        .as("every step committed on every node")
        .hasSize(scenario.steps().size())
        .allSatisfy(step -> assertThat(step.status()).as(step.title()).isEqualTo("COMMITTED"));
    assertThat(report.steps())
        .extracting(DemoReport.StepResult::sentTo)
        .startsWith("node1", "node2", "node3", "node1");
    assertThat(report.offlineCheck()).isNotNull();
    assertThat(report.offlineCheck().problems()).as("offline check of the swap").isEmpty();
    // the swap names the car, Bob's identity (the recipient must exist) and both EUR accounts
    assertThat(report.offlineCheck().histories()).isEqualTo(4);
    assertThat(report.digests().values()).doesNotContainNull().hasSize(ZoneFixture.NODES);
    assertThat(report.digestsEqual()).as("digests %s", report.digests()).isTrue();
    for (URI url : urls) {
      NodeAdmin node = new NodeAdmin(url);
      assertThat(node.asset(scenario.carType(), CarSwapScenario.VIN).orElseThrow().ownerId())
          .isEqualTo(scenario.bob().identityId());
      assertThat(node.asset(scenario.eurType(), "alice").orElseThrow().balance())
          .isEqualTo(CarSwapScenario.PRICE.toString());
      assertThat(node.asset(scenario.eurType(), "bob").orElseThrow().balance()).isEqualTo("0");
    }
    System.out.printf("demo on 3 nodes: %d ms%n", report.elapsed().toMillis());
  }

  @Test
  void theLaunchersTopicNamesAreTheNodesTopicNames() {
    TopicNames nodes = TopicNames.of("zone.demo");
    ZoneTopics launcher = ZoneTopics.of("zone.demo");

    assertThat(List.of(launcher.requests(), launcher.entityLog(), launcher.votes()))
        .containsExactly(nodes.requests(), nodes.entityLog(), nodes.votes());
  }
}
