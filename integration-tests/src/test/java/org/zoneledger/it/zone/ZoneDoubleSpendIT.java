package org.zoneledger.it.zone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zoneledger.it.zone.ZoneFixture.ms;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zoneledger.client.ClientIdentity;
import org.zoneledger.client.CommandBuilder;
import org.zoneledger.client.launch.PayaraInstance;
import org.zoneledger.protocol.auth.SignedPut;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.request.AssetKind;
import org.zoneledger.protocol.request.Transfer;

/**
 * Double spend on a three-node zone: concurrent transfers, each of alice's whole balance to bob,
 * all put on the requests topic at once. Exactly one commits and every other rolls back, the same
 * one on every node; the nodes' digests converge and every node holds alice 0, bob 100.00.
 */
@ExtendWith(SharedZoneExtension.class)
class ZoneDoubleSpendIT {

  private static final int TRANSFERS = 20;
  private static final BigInteger BALANCE = BigInteger.valueOf(10_000); // 100.00 EUR, scale 2

  @Test
  void ofConcurrentTransfersOfTheWholeBalanceExactlyOneCommitsOnEveryNode(ZoneFixture zone)
      throws Exception {
    String tag = ZoneFixture.uniqueTag();
    String eur = "EUR" + tag;
    String aliceEur = "alice-eur-" + tag;
    String bobEur = "bob-eur-" + tag;
    CommandBuilder commands = new CommandBuilder();
    ClientIdentity alice = ClientIdentity.generate("alice-" + tag, SignatureAlgorithm.P256_SHA256);
    ClientIdentity bob = ClientIdentity.generate("bob-" + tag, SignatureAlgorithm.P256_SHA256);
    long t0 = System.nanoTime();
    for (SignedPut put :
        List.of(
            commands.issueIdentity(alice),
            commands.issueIdentity(bob),
            commands.defineAssetType(alice.signatory(), eur, AssetKind.QUANTIFIABLE, 2),
            commands.createAsset(alice.signatory(), eur, aliceEur, BALANCE),
            commands.createAsset(bob.signatory(), eur, bobEur, BigInteger.ZERO))) {
      zone.submit(put);
      zone.assertCommittedEverywhere(put);
    }
    System.out.printf("identities, type and accounts committed after %d ms%n", ms(t0));

    List<SignedPut> transfers = new ArrayList<>();
    for (int i = 0; i < TRANSFERS; i++) {
      transfers.add(
          commands.transfers(
              List.of(alice.signatory()),
              List.of(new Transfer.Quantity(eur, aliceEur, bobEur, BALANCE))));
    }
    assertThat(transfers.stream().map(t -> t.request().requestId()).distinct()).hasSize(TRANSFERS);
    long t1 = System.nanoTime();
    List<Future<RecordMetadata>> sent = new ArrayList<>();
    for (SignedPut transfer : transfers) {
      sent.add(zone.send(transfer));
    }
    for (Future<RecordMetadata> f : sent) {
      f.get();
    }

    // every node decides every transfer
    Map<String, Map<String, String>> statuses = new HashMap<>();
    long deadline = System.nanoTime() + ZoneFixture.STEP.toNanos();
    boolean decided = false;
    while (!decided && System.nanoTime() < deadline) {
      decided = true;
      for (PayaraInstance instance : zone.instances()) {
        Map<String, String> byId = statuses.computeIfAbsent(instance.name(), n -> new HashMap<>());
        for (SignedPut transfer : transfers) {
          String id = transfer.request().requestId();
          String known = byId.get(id);
          if (known == null || known.equals("PENDING")) {
            String status = zone.status(instance, id);
            byId.put(id, status);
            decided &= status != null && !status.equals("PENDING");
          }
        }
      }
      if (!decided) {
        Thread.sleep(250);
      }
    }
    System.out.printf("%d transfers decided on every node after %d ms%n", TRANSFERS, ms(t1));
    assertThat(decided).as("every transfer decided on every node: %s", statuses).isTrue();

    List<String> winners = new ArrayList<>();
    for (PayaraInstance instance : zone.instances()) {
      Map<String, String> byId = statuses.get(instance.name());
      Map<String, Long> counts = new HashMap<>();
      byId.values().forEach(s -> counts.merge(s, 1L, Long::sum));
      System.out.printf("%s: %s%n", instance.name(), counts);
      assertThat(counts)
          .as("outcomes on %s", instance.name())
          .containsExactlyInAnyOrderEntriesOf(
              Map.of("COMMITTED", 1L, "ROLLED_BACK", (long) TRANSFERS - 1));
      byId.forEach(
          (id, status) -> {
            if (status.equals("COMMITTED")) {
              winners.add(id);
            }
          });
    }
    assertThat(new HashSet<>(winners)).as("the same transfer committed everywhere").hasSize(1);

    // converged: equal digests and the exact balances on every node
    long converge = System.nanoTime() + ZoneFixture.CONVERGENCE.toNanos();
    List<String> digests;
    List<String> balances;
    while (true) {
      digests = zone.digests();
      balances = new ArrayList<>();
      for (PayaraInstance instance : zone.instances()) {
        balances.add(
            zone.balance(instance, eur, aliceEur) + "/" + zone.balance(instance, eur, bobEur));
      }
      boolean done =
          new HashSet<>(digests).size() == 1
              && balances.stream().allMatch(b -> b.equals("0/" + BALANCE));
      if (done || System.nanoTime() > converge) {
        break;
      }
      Thread.sleep(250);
    }
    System.out.printf("converged after %d ms: %s %s%n", ms(t1), digests, balances);
    assertThat(digests).doesNotContainNull().containsOnly(digests.get(0));
    assertThat(balances).as("alice/bob per node").containsOnly("0/" + BALANCE);
  }
}
