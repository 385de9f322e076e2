package org.zoneledger.it.zone;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zoneledger.client.ClientIdentity;
import org.zoneledger.client.CommandBuilder;
import org.zoneledger.client.PlatformErrorException;
import org.zoneledger.client.ZoneClient;
import org.zoneledger.client.launch.PayaraInstance;
import org.zoneledger.client.model.PlatformError;
import org.zoneledger.protocol.auth.SignedPut;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.request.AssetKind;
import org.zoneledger.protocol.request.Transfer;

/**
 * Contention on a three-node zone, every request PUT over HTTP and spread over the nodes: a double
 * spend (one commits, every other rolls back with a reason) and an atomic swap with one invalid leg
 * (neither leg applies). Afterwards every node holds the same balances and the same state digest.
 *
 * <p>Issue 4's hot-account scenario (500 concurrent transfers through one account, all committing)
 * is not here yet: an entity's queue drains one request per round trip (PREPARE served, votes,
 * DECIDE), 4–8 per second on this 2-core machine under load, so most of the 500 outlast the
 * client's 40 s budget; the issue's note has the figures.
 */
@ExtendWith(SharedZoneExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ZoneContentionIT {

  private static final int DOUBLE_SPENDS = 50;

  private final CommandBuilder commands = new CommandBuilder();
  private final ExecutorService pool = Executors.newFixedThreadPool(64);
  private ZoneFixture zone;

  @BeforeAll
  void useTheSharedZone(ZoneFixture shared) {
    zone = shared; // the run's zone (SharedZoneExtension), closed when the run ends
  }

  @AfterAll
  void stopZone() {
    pool.shutdownNow();
  }

  @Test
  void ofFiftyConcurrentSpendsOfTheWholeBalanceExactlyOneCommits() throws Exception {
    String eur = "EUR" + suffix();
    ClientIdentity alice = identity("alice");
    ClientIdentity bob = identity("bob");
    setUp(
        commands.issueIdentity(alice),
        commands.issueIdentity(bob),
        commands.defineAssetType(alice.signatory(), eur, AssetKind.QUANTIFIABLE, 2),
        commands.createAsset(alice.signatory(), eur, "alice", BigInteger.valueOf(10_000)),
        commands.createAsset(bob.signatory(), eur, "bob", BigInteger.ZERO));
    List<SignedPut> spends = new ArrayList<>();
    for (int i = 0; i < DOUBLE_SPENDS; i++) {
      spends.add(
          commands.transfers(
              List.of(alice.signatory()),
              List.of(new Transfer.Quantity(eur, "alice", "bob", BigInteger.valueOf(10_000)))));
    }
    long t0 = System.nanoTime();
    List<Object> results = sendAll(spends);
    System.out.printf("%d double spends answered in %d ms%n", DOUBLE_SPENDS, ZoneFixture.ms(t0));

    assertThat(results.stream().filter(r -> r instanceof String)).hasSize(1);
    Map<String, Integer> reasons = reasons(results);
    System.out.println("rolled back: " + reasons);
    assertThat(reasons.values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(DOUBLE_SPENDS - 1);
    assertThat(reasons.keySet())
        .allMatch(r -> r.startsWith("2901 Balance") || r.contains("Contention"));
    assertBalancesEverywhere(eur, Map.of("alice", "0", "bob", "10000"));
  }

  @Test
  void anAtomicSwapWithOneInvalidLegAppliesNeitherLeg() throws Exception {
    String eur = "EUR" + suffix();
    String car = "car" + suffix();
    ClientIdentity alice = identity("alice");
    ClientIdentity bob = identity("bob");
    setUp(
        commands.issueIdentity(alice),
        commands.issueIdentity(bob),
        commands.defineAssetType(alice.signatory(), car, AssetKind.UNIQUE, 0),
        commands.createAsset(alice.signatory(), car, "car-1", null),
        commands.defineAssetType(bob.signatory(), eur, AssetKind.QUANTIFIABLE, 2),
        commands.createAsset(bob.signatory(), eur, "bob", BigInteger.valueOf(1_000_000)),
        commands.createAsset(alice.signatory(), eur, "alice", BigInteger.ZERO));
    // bob pays more than he holds: the EUR leg is invalid, so the car must not move either
    SignedPut swap =
        commands.transfers(
            List.of(alice.signatory(), bob.signatory()),
            List.of(
                new Transfer.Ownership(car, "car-1", alice.identityId(), bob.identityId()),
                new Transfer.Quantity(eur, "bob", "alice", BigInteger.valueOf(1_250_001))));

    List<Object> results = sendAll(List.of(swap));

    assertThat(reasons(results)).containsOnlyKeys("2901 Balance");
    assertBalancesEverywhere(eur, Map.of("bob", "1000000", "alice", "0"));
    for (PayaraInstance instance : zone.instances()) {
      assertThat(zone.get(instance, "/api/admin/zone/assets/" + car + "/car-1"))
          .contains("\"ownerId\":\"" + alice.identityId() + "\"");
    }
  }

  private void setUp(SignedPut... puts) {
    ZoneClient client = new ZoneClient(zone.instances().get(0).baseUri());
    for (SignedPut put : puts) {
      assertThat(client.send(put).hasFinished()).isTrue();
    }
  }

  /** Sends every PUT at once, round-robin over the nodes: the requestId or the exception. */
  private List<Object> sendAll(List<SignedPut> puts) throws Exception {
    List<Future<Object>> futures = new ArrayList<>();
    for (int i = 0; i < puts.size(); i++) {
      SignedPut put = puts.get(i);
      ZoneClient client = new ZoneClient(zone.instances().get(i % 3).baseUri());
      futures.add(
          pool.submit(
              () -> {
                try {
                  return (Object) client.send(put).requestId();
                } catch (PlatformErrorException e) {
                  return e;
                }
              }));
    }
    List<Object> results = new ArrayList<>();
    for (Future<Object> f : futures) {
      results.add(f.get());
    }
    return results;
  }

  /** The rollback reasons ("code type") of the failed results, counted. */
  private static Map<String, Integer> reasons(List<Object> results) {
    Map<String, Integer> reasons = new TreeMap<>();
    for (Object r : results) {
      if (r instanceof PlatformErrorException e) {
        assertThat(e.errorResponse().errors()).isNotEmpty();
        PlatformError first = e.errorResponse().errors().get(0);
        reasons.merge(first.errorCode() + " " + first.errorType(), 1, Integer::sum);
      }
    }
    return reasons;
  }

  private void assertBalancesEverywhere(String type, Map<String, String> expected)
      throws Exception {
    long deadline = System.nanoTime() + ZoneFixture.CONVERGENCE.toNanos();
    List<String> digests;
    boolean balancesEqual;
    while (true) {
      balancesEqual = true;
      for (PayaraInstance instance : zone.instances()) {
        for (Map.Entry<String, String> e : expected.entrySet()) {
          balancesEqual &= e.getValue().equals(zone.balance(instance, type, e.getKey()));
        }
      }
      digests = zone.digests();
      if ((balancesEqual && new HashSet<>(digests).size() == 1) || System.nanoTime() > deadline) {
        break;
      }
      Thread.sleep(250);
    }
    for (PayaraInstance instance : zone.instances()) {
      for (Map.Entry<String, String> e : expected.entrySet()) {
        assertThat(zone.balance(instance, type, e.getKey()))
            .as("%s of %s on %s", e.getKey(), type, instance.name())
            .isEqualTo(e.getValue());
      }
    }
    assertThat(digests).doesNotContainNull().containsOnly(digests.get(0));
  }

  private static ClientIdentity identity(String name) {
    return ClientIdentity.generate(name + "-" + suffix(), SignatureAlgorithm.P256_SHA256);
  }

  private static String suffix() {
    return Long.toHexString(System.nanoTime());
  }
}
