package org.zoneledger.it.zone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zoneledger.client.ClientIdentity;
import org.zoneledger.client.CommandBuilder;
import org.zoneledger.client.Page;
import org.zoneledger.client.PlatformErrorException;
import org.zoneledger.client.ZoneClient;
import org.zoneledger.client.model.AssetInfo;
import org.zoneledger.client.model.ClaimEndorsements;
import org.zoneledger.client.model.ClaimsPage;
import org.zoneledger.client.model.IdentityInfo;
import org.zoneledger.client.model.RequestInfo;
import org.zoneledger.client.model.TransactionsPage;
import org.zoneledger.client.proof.Iov42ProofValidation;
import org.zoneledger.protocol.auth.HeaderCodec;
import org.zoneledger.protocol.auth.Iov42Headers;
import org.zoneledger.protocol.auth.Signatory;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.request.AssetKind;
import org.zoneledger.protocol.request.ClaimHash;
import org.zoneledger.protocol.request.EntityRef;
import org.zoneledger.protocol.request.Transfer;

/**
 * The query endpoints of spec §6–§7 on a three-node zone, through the client library (Java SDK
 * query order, trailing slash on asset-type claims) and raw HTTP where bytes matter (TypeScript
 * query order, padded header): identities, keys, delegates, claims with paging, endorsements, asset
 * types, assets, transactions of both shapes with paging, proofs valid by the §7 rule on every
 * node, and the errors of unknown entities and a wrong {@code nodeId}.
 */
@ExtendWith(SharedZoneExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ZoneReadsIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final CommandBuilder commands = new CommandBuilder();
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private ZoneFixture zone;

  private ClientIdentity alice;
  private ClientIdentity bob;
  private ClientIdentity mva;
  private ClientIdentity assistant;
  private String car;
  private String eur;
  private RequestInfo aliceIssued;
  private RequestInfo delegateAdded;
  private final List<String> transferIds = new ArrayList<>();
  private String carTransferId;

  @BeforeAll
  void aLedgerWithEveryKindOfEntity(ZoneFixture shared) {
    zone = shared;
    alice = ClientIdentity.generate("alice-" + run, SignatureAlgorithm.P256_SHA256);
    bob = ClientIdentity.generate("bob-" + run, SignatureAlgorithm.RSA_SHA256);
    mva = ClientIdentity.generate("mva-" + run, SignatureAlgorithm.P256_SHA256);
    assistant = ClientIdentity.generate("assistant-" + run, SignatureAlgorithm.RSA_SHA256);
    car = "car-" + run;
    eur = "EUR-" + run;
    aliceIssued = client(0).send(commands.issueIdentity(alice));
    client(1).send(commands.issueIdentity(bob));
    client(2).send(commands.issueIdentity(mva));
    client(0).send(commands.issueIdentity(assistant));
    delegateAdded = client(0).send(commands.addDelegate(alice.signatory(), assistant.signatory()));
    client(0)
        .send(
            commands.createClaims(
                alice.signatory(),
                EntityRef.identity(alice.identityId()),
                List.of("name:Alice", "born:1990", "city:Vienna")));
    client(2).send(commands.defineAssetType(mva.signatory(), car, AssetKind.UNIQUE, -1));
    client(0).send(commands.createAsset(alice.signatory(), car, "car1", null));
    client(0)
        .send(
            commands.createClaims(
                alice.signatory(), EntityRef.asset(car, "car1"), List.of("colour:red")));
    client(2)
        .send(
            commands.createEndorsements(
                mva.signatory(), null, EntityRef.asset(car, "car1"), List.of("colour:red")));
    client(1).send(commands.defineAssetType(bob.signatory(), eur, AssetKind.QUANTIFIABLE, 2));
    client(1)
        .send(
            commands.createClaims(
                bob.signatory(), EntityRef.assetType(eur), List.of("issuer:Bob's bank")));
    client(0).send(commands.createAsset(alice.signatory(), eur, "alice", BigInteger.valueOf(100)));
    client(1).send(commands.createAsset(bob.signatory(), eur, "bob", BigInteger.ZERO));
    for (int i = 0; i < 3; i++) {
      transferIds.add(
          client(i)
              .send(
                  commands.transfers(
                      List.of(alice.signatory()),
                      List.of(new Transfer.Quantity(eur, "alice", "bob", BigInteger.valueOf(25)))))
              .requestId());
    }
    carTransferId =
        client(0)
            .send(
                commands.transfers(
                    List.of(alice.signatory()),
                    List.of(
                        new Transfer.Ownership(car, "car1", alice.identityId(), bob.identityId()))))
            .requestId();
  }

  @Test
  void identitiesKeysAndDelegatesAreReadByAnyIdentityAndThroughADelegate() {
    IdentityInfo read = client(0).identity(bob.signatory(), alice.identityId());
    assertThat(read.identityId()).isEqualTo(alice.identityId());
    assertThat(read.publicCredentials()).containsExactly(alice.credentials());
    assertThat(read.proof()).isEqualTo(aliceIssued.proof());
    assertThat(client(0).publicKey(bob.signatory(), alice.identityId()))
        .isEqualTo(alice.credentials());
    assertThat(client(0).publicKey(alice.signatory(), bob.identityId()))
        .isEqualTo(bob.credentials());

    var delegates = client(0).delegates(alice.signatory(), alice.identityId()).delegates();
    assertThat(delegates).hasSize(1);
    assertThat(delegates.get(0).delegateIdentityId()).isEqualTo(assistant.identityId());
    assertThat(delegates.get(0).proof()).isEqualTo(delegateAdded.proof());

    Signatory onBehalf = assistant.onBehalfOf(alice.identityId());
    assertThat(client(0).identity(onBehalf, alice.identityId()).identityId())
        .isEqualTo(alice.identityId());
  }

  @Test
  void claimsArePagedWithAnOpaqueNextTokenThatEveryNodeUnderstands() {
    EntityRef subject = EntityRef.identity(alice.identityId());
    ClaimsPage all = client(0).claims(bob.signatory(), subject, Page.first());
    assertThat(all.claims())
        .extracting(ClaimsPage.Claim::claim)
        .containsExactlyInAnyOrder(
            ClaimHash.of("name:Alice"), ClaimHash.of("born:1990"), ClaimHash.of("city:Vienna"));
    assertThat(all.next()).isNull();
    assertThat(all.claims().get(0).resource())
        .isEqualTo(subject.claimPath(all.claims().get(0).claim()));

    ClaimsPage first = client(0).claims(bob.signatory(), subject, Page.of(2));
    assertThat(first.claims()).hasSize(2);
    assertThat(first.next()).isNotNull();
    ClaimsPage second =
        client(1).claims(bob.signatory(), subject, Page.first().after(first.next()));
    assertThat(second.claims()).hasSize(1);
    assertThat(second.next()).isNull();

    ClaimsPage typeClaims =
        client(2).claims(alice.signatory(), EntityRef.assetType(eur), Page.first());
    assertThat(typeClaims.claims())
        .extracting(ClaimsPage.Claim::claim)
        .containsExactly(ClaimHash.of("issuer:Bob's bank"));
  }

  @Test
  void aClaimShowsItsEndorsementVerbatimWithTheProofOfTheEndorsingRequest() {
    EntityRef carRef = EntityRef.asset(car, "car1");
    String hash = ClaimHash.of("colour:red");
    ClaimEndorsements claim = client(1).claim(bob.signatory(), carRef, hash);
    assertThat(claim.claim()).isEqualTo(hash);
    assertThat(claim.proof()).startsWith("/api/v1/proofs/");
    assertThat(claim.endorsements()).hasSize(1);
    var endorsement = claim.endorsements().get(0);
    assertThat(endorsement.endorserId()).isEqualTo(mva.identityId());
    assertThat(
            org.zoneledger.protocol.crypto.Signatures.verify(
                mva.algorithm(),
                mva.keys().getPublic(),
                ("car1;" + car + ";" + hash).getBytes(StandardCharsets.UTF_8),
                org.zoneledger.protocol.crypto.Base64Url.decode(endorsement.endorsement())))
        .isTrue();
    assertThat(client(2).endorsement(bob.signatory(), carRef, hash, mva.identityId()))
        .isEqualTo(endorsement);
    assertThat(claim.proof()).isNotEqualTo(endorsement.proof());
  }

  @Test
  void assetsShowOwnerBalanceAndTheLatestChangeAndListTheirTransfersOldestFirst() {
    AssetInfo account = client(2).asset(bob.signatory(), eur, "alice");
    assertThat(account.quantity()).isEqualTo("25");
    assertThat(account.ownerId()).isEqualTo(alice.identityId());
    assertThat(account.proof()).isEqualTo("/api/v1/proofs/" + transferIds.get(2));
    var type = client(2).assetType(alice.signatory(), eur);
    assertThat(type.type()).isEqualTo("Quantifiable");
    assertThat(type.scale()).isEqualTo(2);
    assertThat(type.ownerId()).isEqualTo(bob.identityId());
    assertThat(client(0).assetType(alice.signatory(), car).scale()).isNull();

    TransactionsPage first = client(0).transactions(alice.signatory(), eur, "alice", Page.of(2));
    assertThat(first.transactions())
        .extracting(TransactionsPage.Transaction::requestId)
        .containsExactly(transferIds.get(0), transferIds.get(1));
    assertThat(first.next()).isNotNull();
    TransactionsPage rest =
        client(0).transactions(alice.signatory(), eur, "alice", Page.first().after(first.next()));
    assertThat(rest.transactions())
        .extracting(TransactionsPage.Transaction::requestId)
        .containsExactly(transferIds.get(2));
    assertThat(rest.next()).isNull();
    TransactionsPage.Transaction entry = first.transactions().get(0);
    assertThat(entry.quantity()).isEqualTo("25");
    assertThat(entry.sender().assetId()).isEqualTo("alice");
    assertThat(entry.recipient().assetId()).isEqualTo("bob");
    assertThat(entry.transactionTimestamp())
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");

    AssetInfo carNow = client(1).asset(alice.signatory(), car, "car1");
    assertThat(carNow.ownerId()).isEqualTo(bob.identityId());
    assertThat(carNow.quantity()).isNull();
    TransactionsPage carMoves = client(1).transactions(bob.signatory(), car, "car1", Page.first());
    assertThat(carMoves.transactions()).hasSize(1);
    assertThat(carMoves.transactions().get(0).fromOwner()).isEqualTo(alice.identityId());
    assertThat(carMoves.transactions().get(0).toOwner()).isEqualTo(bob.identityId());
    assertThat(carMoves.transactions().get(0).requestId()).isEqualTo(carTransferId);
  }

  @Test
  void aProofFromAnyNodePassesTheSdkValidationRule() {
    for (int node = 0; node < 3; node++) {
      JsonNode view = client(node).proof(bob.signatory(), carTransferId);
      assertThat(view.path("requestId").asText()).isEqualTo(carTransferId);
      assertThat(Iov42ProofValidation.problems(view)).as("node %d", node + 1).isEmpty();
      assertThat(view.path("proof").path("nodes").size()).isGreaterThan(2);
    }
  }

  @Test
  void rawSignedGetsInTypeScriptOrderWithAPaddedHeaderAreAccepted() throws Exception {
    String nodeId = client(0).nodeInfo().nodeId();
    String target =
        "/api/v1/asset-types/"
            + eur
            + "/assets/alice/transactions?requestId="
            + UUID.randomUUID()
            + "&nodeId="
            + nodeId
            + "&limit=1";
    HttpResponse<String> answer = signedGet(0, target, bob.signatory(), true);
    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(answer.body());
    assertThat(body.path("transactions").size()).isEqualTo(1);
    assertThat(body.path("next").isTextual()).isTrue();
    assertThat(body.path("transactions").get(0).path("quantity").asText()).isEqualTo("25");

    String noSlash =
        "/api/v1/asset-types/"
            + eur
            + "/claims?requestId="
            + UUID.randomUUID()
            + "&nodeId="
            + nodeId;
    assertThat(signedGet(0, noSlash, alice.signatory(), false).statusCode()).isEqualTo(200);
  }

  @Test
  void unknownEntitiesAWrongNodeIdAndABadLimitAreErrorsInTheErrorModel() throws Exception {
    PlatformErrorException unknown =
        catchThrowableOfType(
            PlatformErrorException.class,
            () -> client(0).identity(alice.signatory(), "nobody-" + run));
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.errorResponse().errors()).isNotEmpty();

    String target =
        "/api/v1/identities/" + alice.identityId() + "?requestId=r-" + run + "&nodeId=not-a-node";
    HttpResponse<String> wrongNode = signedGet(1, target, alice.signatory(), false);
    assertThat(wrongNode.statusCode()).isEqualTo(400);
    JsonNode body = JSON.readTree(wrongNode.body());
    assertThat(body.path("errors").get(0).path("errorCode").asInt()).isEqualTo(1901);
    assertThat(body.path("errors").get(0).path("errorType").asText()).isEqualTo("System");

    String badLimit =
        "/api/v1/identities/"
            + alice.identityId()
            + "/claims?requestId=r&limit=many&nodeId="
            + client(1).nodeInfo().nodeId();
    HttpResponse<String> refused = signedGet(1, badLimit, alice.signatory(), false);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(refused.body()).path("errors").size()).isEqualTo(1);
  }

  private HttpResponse<String> signedGet(int node, String target, Signatory reader, boolean padded)
      throws Exception {
    String header =
        HeaderCodec.encodeAuthentication(reader.sign(target.getBytes(StandardCharsets.UTF_8)));
    if (padded) {
      header = header + "=".repeat((4 - header.length() % 4) % 4);
    }
    URI base = zone.instances().get(node).baseUri();
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(target))
            .header(Iov42Headers.AUTHENTICATION, header)
            .header("Accept", "application/json")
            .GET()
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private ZoneClient client(int node) {
    return new ZoneClient(zone.instances().get(node).baseUri());
  }
}
