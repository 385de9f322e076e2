package org.zoneledger.consensus.domain.drme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.message.Decision;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.message.RequestId;
import org.zoneledger.protocol.request.Transfer;

/**
 * Simulations too large for P-256 on a shared 2-core machine, run with {@link HashCrypto}: the
 * engine's decisions are the same, only the signature scheme is cheaper.
 */
class LargeSimulationTest {
  private static final Duration LIMIT = Duration.ofMinutes(10);

  @Test
  void fiveHundredConcurrentTransfersIntoAndOutOfOneHotAccountAllCommitInQueueOrder() {
    SimulatedZone zone = SimulatedZone.hashed(3, 17, SimulatedZone.Options.DEFAULTS);
    zone.publishEntropy();
    zone.submit(TestClients.mint("mint-hot", "hot", 1000));
    for (int i = 0; i < 50; i++) {
      zone.submit(TestClients.mint("mint-" + i, "acc-" + i, 20));
    }
    zone.runUntilQuiet(LIMIT);
    List<RequestId> transfers = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      String other = "acc-" + (i / 2 % 50);
      zone.submit(
          i % 2 == 0
              ? TestClients.transfer("t-" + i, "hot", other, 3)
              : TestClients.transfer("t-" + i, other, "hot", 3));
      transfers.add(new RequestId("t-" + i));
    }
    zone.runUntilQuiet(LIMIT);

    for (NodeId node : zone.members()) {
      List<RequestId> committed =
          transfers.stream()
              .filter(
                  id ->
                      zone.decided(node, id)
                          .filter(o -> o.decision() == Decision.COMMIT)
                          .isPresent())
              .toList();
      assertThat(committed).as("committed at " + node).hasSize(transfers.size());
      assertThat(zone.balance(node, "hot")).contains(BigInteger.valueOf(1000));
    }
    assertThat(zone.digests().values()).containsOnly(zone.digests().get(zone.members().get(0)));
  }

  @Test
  void theBankInvariantHoldsOverManySeedsWithFaultsAndRedelivery() {
    for (long seed = 1; seed <= 12; seed++) {
      runBank(seed);
    }
  }

  private static void runBank(long seed) {
    Random random = new Random(seed);
    int size = seed % 2 == 0 ? 5 : 3;
    SimulatedZone zone =
        SimulatedZone.hashed(size, seed, SimulatedZone.Options.DEFAULTS.withRedelivery(0.05));
    int accounts = 10;
    for (int a = 0; a < accounts; a++) {
      zone.submit(TestClients.mint("mint-" + a, "acc-" + a, 100));
    }
    zone.publishEntropy();
    zone.runUntilQuiet(LIMIT);
    List<RequestId> ids = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      zone.submit(randomTransfers("s" + seed + "-" + i, random, accounts));
      ids.add(new RequestId("s" + seed + "-" + i));
    }
    NodeId victim = zone.members().get(random.nextInt(size));
    zone.stopCoordinatorAfterPrepares(ids.get(random.nextInt(ids.size())));
    zone.run(50 + random.nextInt(200));
    zone.stop(victim);
    zone.run(100 + random.nextInt(300));
    zone.restart(victim);
    zone.runUntilQuiet(LIMIT);
    zone.members().forEach(zone::restart);
    zone.runUntilQuiet(LIMIT);

    String label = "seed " + seed;
    Map<RequestId, Decision> first = new HashMap<>();
    for (NodeId node : zone.members()) {
      BigInteger total = BigInteger.ZERO;
      for (int a = 0; a < accounts; a++) {
        BigInteger balance = zone.balance(node, "acc-" + a).orElseThrow();
        assertThat(balance.signum()).as(label).isNotNegative();
        total = total.add(balance);
      }
      assertThat(total).as(label).isEqualTo(BigInteger.valueOf(100L * accounts));
      for (RequestId id : ids) {
        Optional<Decision> decision = zone.decided(node, id).map(Outcome.Decided::decision);
        assertThat(decision).as(label + " " + id + " at " + node).isPresent();
        assertThat(first.computeIfAbsent(id, k -> decision.get())).isEqualTo(decision.get());
      }
    }
    assertThat(first.values()).as(label).contains(Decision.COMMIT);
    assertThat(zone.digests().values())
        .as(label)
        .containsOnly(zone.digests().get(zone.members().get(0)));
  }

  private static VerifiedRequest randomTransfers(String id, Random random, int accounts) {
    List<Transfer> items = new ArrayList<>();
    int count = 1 + random.nextInt(random.nextInt(4) == 0 ? 3 : 1);
    for (int i = 0; i < count; i++) {
      int from = random.nextInt(accounts);
      int to = (from + 1 + random.nextInt(accounts - 1)) % accounts;
      items.add(TestClients.item("acc-" + from, "acc-" + to, 1 + random.nextInt(90)));
    }
    return TestClients.transfers(id, items);
  }
}
