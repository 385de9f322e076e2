package org.zoneledger.it.zone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zoneledger.it.zone.ZoneFixture.ms;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zoneledger.client.ClientIdentity;
import org.zoneledger.client.CommandBuilder;
import org.zoneledger.client.launch.PayaraInstance;
import org.zoneledger.consensus.infrastructure.kafka.RequestRecordCodec;
import org.zoneledger.protocol.auth.RequestSigning;
import org.zoneledger.protocol.auth.SignedPut;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.message.RequestId;
import org.zoneledger.protocol.request.AssetKind;
import org.zoneledger.protocol.request.ClaimHash;
import org.zoneledger.protocol.request.CreateClaims;
import org.zoneledger.protocol.request.EntityRef;
import org.zoneledger.protocol.request.PropertyOrder;

/**
 * Claims and endorsements on a three-node zone. A node stores a request without its claim
 * plaintexts and reads it back from the requests log whenever a later transaction needs it (the
 * validators' PREPAREs, round time-outs, the admin read-out), so these requests commit only if that
 * read works on Payara. A claim whose plaintext does not hash to it is refused when the nodes
 * sequence the log: no node ever knows the request.
 */
@ExtendWith(SharedZoneExtension.class)
class ZoneClaimsIT {

  private static final List<String> ALICE_CLAIMS = List.of("name:Alice", "born:1990-05-01");
  private static final String REGISTRATION = "first-registration:10/02/2010";
  private static final String INSPECTION = "inspection:2025-11-03";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void claimsAndEndorsementsCommitOnEveryNodeAndAForgedPlaintextIsNeverSequenced(ZoneFixture zone)
      throws Exception {
    String tag = ZoneFixture.uniqueTag();
    String carType = "car" + tag;
    String carId = "car-7-" + tag;
    CommandBuilder commands = new CommandBuilder();
    ClientIdentity alice = ClientIdentity.generate("alice-" + tag, SignatureAlgorithm.P256_SHA256);
    ClientIdentity bob = ClientIdentity.generate("bob-" + tag, SignatureAlgorithm.P256_SHA256);
    EntityRef aliceRef = EntityRef.identity(alice.identityId());
    EntityRef car = EntityRef.asset(carType, carId);

    long t0 = System.nanoTime();
    commitOneByOne(
        zone,
        List.of(
            commands.issueIdentity(alice),
            commands.issueIdentity(bob),
            commands.defineAssetType(alice.signatory(), carType, AssetKind.UNIQUE, 0),
            commands.createAsset(alice.signatory(), carType, carId, null)));
    System.out.printf("identities, type and asset committed after %d ms%n", ms(t0));

    long t1 = System.nanoTime();
    commitOneByOne(
        zone,
        List.of(
            // claims header with the plaintexts
            commands.createClaims(alice.signatory(), aliceRef, ALICE_CLAIMS),
            commands.createClaims(alice.signatory(), car, List.of(REGISTRATION)),
            // bob endorses alice's claims; his header repeats their plaintexts
            commands.createEndorsements(
                bob.signatory(), null, aliceRef, ALICE_CLAIMS, ALICE_CLAIMS),
            // bob endorses the car's claim and, with alice, creates and endorses a new one
            commands.createEndorsements(
                bob.signatory(), alice.signatory(), car, List.of(REGISTRATION, INSPECTION))));
    System.out.printf("claims and endorsements committed after %d ms%n", ms(t1));

    // A claim whose plaintext does not hash to it, then a good claims request on the same
    // partition: once that one is committed everywhere, every node has read past the forgery.
    String forgedId = UUID.randomUUID().toString();
    int partition = partitionOf(forgedId);
    SignedPut forged =
        commands.sign(
            new CreateClaims(forgedId, aliceRef, List.of(ClaimHash.of("employer:ACME"))),
            List.of(alice.signatory()),
            RequestSigning.claimsHeader(Map.of(ClaimHash.of("employer:ACME"), "employer:EVIL")));
    String nextId = idOnPartition(partition);
    SignedPut next =
        new CommandBuilder(PropertyOrder.JAVA_SDK, () -> nextId)
            .createClaims(alice.signatory(), aliceRef, List.of("employer:ACME"));
    assertThat(zone.send(forged).get().partition()).isEqualTo(partition);
    assertThat(zone.send(next).get().partition()).isEqualTo(partition);
    zone.assertCommittedEverywhere(next);
    for (PayaraInstance instance : zone.instances()) {
      assertThat(statusCode(instance, "/api/admin/zone/requests/" + forgedId))
          .as("the admin read-out of the forged claims request on %s", instance.name())
          .isEqualTo(404);
    }

    List<String> digests = zone.convergedDigests();
    assertThat(digests).doesNotContainNull().containsOnly(digests.get(0));
  }

  /** The HTTP status of a GET (ZoneFixture.get gives null for any status but 200). */
  private static int statusCode(PayaraInstance instance, String path) throws Exception {
    HttpRequest get =
        HttpRequest.newBuilder(instance.baseUri().resolve(path))
            .timeout(Duration.ofSeconds(10))
            .GET()
            .build();
    return HTTP.send(get, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static void commitOneByOne(ZoneFixture zone, List<SignedPut> puts) throws Exception {
    for (SignedPut put : puts) {
      zone.submit(put);
      zone.assertCommittedEverywhere(put);
    }
  }

  /** The requests partition the producer's default partitioner picks for a request id. */
  private static int partitionOf(String requestId) {
    byte[] key = RequestRecordCodec.key(new RequestId(requestId));
    return Utils.toPositive(Utils.murmur2(key)) % ZoneFixture.PARTITIONS;
  }

  private static String idOnPartition(int partition) {
    while (true) {
      String id = UUID.randomUUID().toString();
      if (partitionOf(id) == partition) {
        return id;
      }
    }
  }
}
