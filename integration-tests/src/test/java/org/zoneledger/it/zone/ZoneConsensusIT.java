package org.zoneledger.it.zone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zoneledger.it.zone.ZoneFixture.ms;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zoneledger.client.ClientIdentity;
import org.zoneledger.client.CommandBuilder;
import org.zoneledger.protocol.auth.SignedPut;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.request.AssetKind;

/**
 * Three nodes of a zone, each one Payara Micro instance with its own database, commit client
 * requests through DRME over one broker: every node records each request as COMMITTED and all end
 * with the same state digest.
 */
@ExtendWith(SharedZoneExtension.class)
class ZoneConsensusIT {

  @Test
  void threeNodesCommitAnIdentityAnAssetTypeAndAnAccountAndAgreeOnTheState(ZoneFixture zone)
      throws Exception {
    String tag = ZoneFixture.uniqueTag();
    String eur = "EUR" + tag;
    CommandBuilder commands = new CommandBuilder();
    ClientIdentity alice = ClientIdentity.generate("alice-" + tag, SignatureAlgorithm.P256_SHA256);
    long t0 = System.nanoTime();
    SignedPut identity = commands.issueIdentity(alice);
    zone.submit(identity);
    zone.assertCommittedEverywhere(identity);
    System.out.printf("identity committed on all nodes after %d ms%n", ms(t0));

    long t1 = System.nanoTime();
    SignedPut type = commands.defineAssetType(alice.signatory(), eur, AssetKind.QUANTIFIABLE, 2);
    zone.submit(type);
    zone.assertCommittedEverywhere(type);
    SignedPut account =
        commands.createAsset(
            alice.signatory(), eur, "alice-eur-" + tag, BigInteger.valueOf(1_250_000));
    zone.submit(account);
    zone.assertCommittedEverywhere(account);
    System.out.printf("asset type and account committed after %d ms%n", ms(t1));

    // A node reports a request decided once it holds the outcome; the DECIDEs of its other
    // entities may still be applying in other partitions. The nodes must converge.
    List<String> digests = zone.convergedDigests();
    assertThat(digests).doesNotContainNull().containsOnly(digests.get(0));
  }
}
