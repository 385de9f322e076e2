package org.zoneledger.consensus.domain.drme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zoneledger.protocol.message.Decision;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.message.Proof;
import org.zoneledger.protocol.message.RequestId;
import org.zoneledger.protocol.proof.ProofVerification;

/** The DRME engine in zones of 3 and 5 nodes with P-256 keys, over the simulated topics. */
class SimulatedZoneTest {
  private static final Duration LIMIT = Duration.ofMinutes(5);

  @ParameterizedTest(name = "{0} nodes")
  @ValueSource(ints = {3, 5})
  void aSingleRequestCommitsOnEveryNodeWithAProofThatTheProofVerifierAccepts(int size) {
    SimulatedZone zone = SimulatedZone.p256(size, 7);
    zone.publishEntropy();
    zone.submit(TestClients.mint("mint-1", "acc-a", 100));
    zone.runUntilQuiet(LIMIT);

    for (NodeId node : zone.members()) {
      Outcome.Decided decided = zone.decided(node, new RequestId("mint-1")).orElseThrow();
      assertThat(decided.decision()).isEqualTo(Decision.COMMIT);
      ProofVerification verification =
          zone.keys.proofVerifier().verify(decided.proof(), TestClients.keys());
      assertThat(verification.problems()).isEmpty();
      assertThat(decided.proof().votes()).hasSizeGreaterThanOrEqualTo(size / 2 + 1);
      assertThat(zone.balance(node, "acc-a")).contains(BigInteger.valueOf(100));
    }
    assertThat(zone.digests().values()).hasSize(size).containsOnly(zone.digests().get(id(1)));
  }

  @ParameterizedTest(name = "{0} nodes")
  @ValueSource(ints = {3, 5})
  void ofFiftyConcurrentTransfersEachSpendingTheWholeBalanceExactlyOneCommits(int size) {
    SimulatedZone zone = SimulatedZone.p256(size, 11);
    zone.publishEntropy();
    zone.submit(TestClients.mint("mint-a", "acc-a", 500));
    zone.submit(TestClients.mint("mint-b", "acc-b", 1));
    zone.runUntilQuiet(LIMIT);
    List<RequestId> spends = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      zone.submit(TestClients.transfer("spend-" + i, "acc-a", "acc-b", 500));
      spends.add(new RequestId("spend-" + i));
    }
    zone.runUntilQuiet(LIMIT);

    for (NodeId node : zone.members()) {
      List<Outcome.Decided> outcomes =
          spends.stream().map(id -> zone.decided(node, id).orElseThrow()).toList();
      assertThat(outcomes).filteredOn(o -> o.decision() == Decision.COMMIT).hasSize(1);
      assertThat(outcomes)
          .filteredOn(o -> o.decision() == Decision.ROLLBACK)
          .hasSize(49)
          .allSatisfy(o -> assertThat(o.reasons()).extracting("errorType").contains("Balance"));
      assertThat(zone.balance(node, "acc-a")).contains(BigInteger.ZERO);
      assertThat(zone.balance(node, "acc-b")).contains(BigInteger.valueOf(501));
    }
    assertThat(zone.digests().values()).containsOnly(zone.digests().get(id(1)));
  }

  @Test
  void anAtomicRequestWithOneInvalidEntityAppliesNothingAnywhere() {
    SimulatedZone zone = SimulatedZone.p256(3, 3);
    zone.submit(TestClients.mint("mint-a", "acc-a", 100));
    zone.submit(TestClients.mint("mint-b", "acc-b", 5));
    zone.submit(TestClients.mint("mint-c", "acc-c", 1));
    zone.runUntilQuiet(LIMIT);
    zone.submit(
        TestClients.transfers(
            "swap",
            List.of(
                TestClients.item("acc-a", "acc-c", 40), TestClients.item("acc-b", "acc-c", 50))));
    zone.runUntilQuiet(LIMIT);

    for (NodeId node : zone.members()) {
      Outcome.Decided swap = zone.decided(node, new RequestId("swap")).orElseThrow();
      assertThat(swap.decision()).isEqualTo(Decision.ROLLBACK);
      assertThat(swap.reasons()).extracting("errorType").containsExactly("Balance");
      assertThat(zone.balance(node, "acc-a")).contains(BigInteger.valueOf(100));
      assertThat(zone.balance(node, "acc-b")).contains(BigInteger.valueOf(5));
      assertThat(zone.balance(node, "acc-c")).contains(BigInteger.ONE);
      assertThat(zone.node(node).stores.entities().all())
          .allSatisfy(slot -> assertThat(slot.lock()).isEmpty());
    }
  }

  @ParameterizedTest(name = "{0} nodes")
  @ValueSource(ints = {3, 5})
  void aCoordinatorKilledRightAfterItsPreparesIsReplacedByReElectionWithinTheBound(int size) {
    SimulatedZone zone = SimulatedZone.p256(size, 5);
    zone.publishEntropy();
    zone.submit(TestClients.mint("mint-a", "acc-a", 100));
    zone.runUntilQuiet(LIMIT);
    RequestId pay = new RequestId("pay");
    zone.stopCoordinatorAfterPrepares(pay);
    zone.submit(TestClients.mint("mint-b", "acc-b", 1));
    zone.runUntilQuiet(LIMIT);
    long sequencedAt = zone.now();
    zone.submit(TestClients.transfer("pay", "acc-a", "acc-b", 30));
    zone.runUntilQuiet(LIMIT);

    List<NodeId> live = zone.members().stream().filter(n -> zone.node(n).isUp()).toList();
    assertThat(live).hasSize(size - 1);
    NodeId killed = zone.members().stream().filter(n -> !zone.node(n).isUp()).findFirst().get();
    Proof proof = zone.decided(live.get(0), pay).orElseThrow().proof();
    assertThat(proof.round()).isPositive();
    assertThat(proof.coordinator()).isNotEqualTo(killed);
    RoundSchedule schedule =
        new RoundSchedule(SimulatedZone.DECIDE_TIMEOUT, RoundSchedule.DEFAULT_CAP_FACTOR);
    assertThat(zone.now()).isLessThanOrEqualTo(schedule.deadline(sequencedAt, proof.round() - 1));
    for (NodeId node : live) {
      assertThat(zone.decided(node, pay).orElseThrow().decision()).isEqualTo(Decision.COMMIT);
      assertThat(zone.balance(node, "acc-b")).contains(BigInteger.valueOf(31));
      assertThat(zone.node(node).stores.requests().outcome(pay).orElseThrow().round())
          .isEqualTo(proof.round());
    }

    zone.restart(killed);
    zone.runUntilQuiet(LIMIT);
    assertThat(zone.balance(killed, "acc-b")).contains(BigInteger.valueOf(31));
    assertThat(zone.digests().values()).containsOnly(zone.digests().get(live.get(0)));
  }

  @Test
  void theZoneKeepsCommittingWithOneOfThreeNodesStoppedAndTheNodeCatchesUpAfterRestart() {
    SimulatedZone zone = SimulatedZone.p256(3, 13);
    zone.publishEntropy();
    zone.submit(TestClients.mint("mint-a", "acc-a", 1000));
    zone.submit(TestClients.mint("mint-b", "acc-b", 1));
    zone.runUntilQuiet(LIMIT);
    zone.stop(id(3));
    for (int i = 0; i < 10; i++) {
      zone.submit(TestClients.transfer("t-" + i, "acc-a", "acc-b", 10));
    }
    zone.runUntilQuiet(LIMIT);
    for (NodeId node : List.of(id(1), id(2))) {
      assertThat(zone.balance(node, "acc-b")).contains(BigInteger.valueOf(101));
    }
    assertThat(zone.balance(id(3), "acc-b")).contains(BigInteger.ONE);
    assertThat(zone.digests().get(id(3))).isNotEqualTo(zone.digests().get(id(1)));

    zone.restart(id(3));
    zone.runUntilQuiet(LIMIT);
    assertThat(zone.balance(id(3), "acc-b")).contains(BigInteger.valueOf(101));
    assertThat(zone.digests().values()).containsOnly(zone.digests().get(id(1)));
    assertThat(zone.decided(id(3), new RequestId("t-9")).map(Outcome.Decided::decision))
        .isEqualTo(Optional.of(Decision.COMMIT));
  }

  private static NodeId id(int index) {
    return new NodeId("node" + index);
  }
}
