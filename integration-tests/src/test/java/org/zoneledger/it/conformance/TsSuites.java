package org.zoneledger.it.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.zoneledger.client.ClientIdentity;
import org.zoneledger.client.CommandBuilder;
import org.zoneledger.client.model.RequestInfo;
import org.zoneledger.protocol.auth.Signatory;
import org.zoneledger.protocol.auth.SignedPut;
import org.zoneledger.protocol.crypto.Base64Url;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.crypto.Signatures;
import org.zoneledger.protocol.request.AssetKind;
import org.zoneledger.protocol.request.ClaimHash;
import org.zoneledger.protocol.request.CreateEndorsements;
import org.zoneledger.protocol.request.Endorsement;
import org.zoneledger.protocol.request.EntityRef;
import org.zoneledger.protocol.request.PropertyOrder;
import org.zoneledger.protocol.request.Transfer;

/**
 * The TypeScript SDK's suites that exist twice (spec §11.2): {@code asset-types}, {@code assets},
 * {@code claims}, {@code endorsements}, {@code transfer}, {@code transaction} and {@code proof},
 * and their {@code delegate-*} twins in which every act of identity 1 / identity 2 goes through one
 * delegate registered for both. Commands in TypeScript style (fields first, {@code requestId} and
 * {@code _type} last, the key holder authenticates, {@code e30} for an empty claims header), reads
 * as raw GETs in its query order {@code requestId, nodeId, limit, next}. Ids carry a tag per run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TsSuites {
  private static final BigInteger HUNDRED = BigInteger.valueOf(100);

  private final Supplier<Conformance> zoneSupplier;
  private final SignatureAlgorithm algorithm;
  private final boolean delegated;
  final CommandBuilder commands =
      new CommandBuilder(PropertyOrder.TYPESCRIPT_SDK, () -> UUID.randomUUID().toString());
  final String tag = Conformance.tag();

  Conformance zone;
  ClientIdentity i1;
  ClientIdentity i2;
  ClientIdentity i3;
  ClientIdentity delegate;
  RequestInfo i1Issued;
  final List<RequestInfo> delegatesAdded = new ArrayList<>();
  final Map<String, RequestInfo> typesDefined = new LinkedHashMap<>();

  TsSuites(Supplier<Conformance> zone, SignatureAlgorithm algorithm, boolean delegated) {
    this.zoneSupplier = zone;
    this.algorithm = algorithm;
    this.delegated = delegated;
  }

  /** How identity {@code who} signs: itself, or through the delegate in the delegate suites. */
  Signatory actor(ClientIdentity who) {
    return delegated ? delegate.onBehalfOf(who.identityId()) : who.signatory();
  }

  String type(String name) {
    return name + "-" + tag;
  }

  @BeforeAll
  void identitiesDelegatesTypesAndAssets() {
    zone = zoneSupplier.get();
    i1 = Conformance.identity("identity1", tag, algorithm);
    i2 = Conformance.identity("identity2", tag, algorithm);
    i3 = Conformance.identity("identity3", tag, algorithm);
    delegate = Conformance.identity("delegate", tag, algorithm);
    List<SignedPut> issues = new ArrayList<>();
    issues.add(commands.issueIdentity(i1));
    issues.add(commands.issueIdentity(i2));
    issues.add(commands.issueIdentity(i3));
    if (delegated) {
      issues.add(commands.issueIdentity(delegate));
    }
    i1Issued = zone.sendAll(issues.toArray(SignedPut[]::new)).get(0);
    if (delegated) {
      delegatesAdded.addAll(
          zone.sendAll(
              commands.addDelegate(i1.signatory(), delegate.signatory()),
              commands.addDelegate(i2.signatory(), delegate.signatory())));
    }
    Signatory owner = actor(i1);
    List<SignedPut> types =
        List.of(
            commands.defineAssetType(owner, type("cU"), AssetKind.UNIQUE, -1),
            commands.defineAssetType(owner, type("cQ"), AssetKind.QUANTIFIABLE, 2),
            TsStyle.assetTypeWithAllGrants(owner, type("eU"), AssetKind.UNIQUE),
            TsStyle.assetTypeWithAllGrants(owner, type("eQ"), AssetKind.QUANTIFIABLE),
            commands.defineAssetType(owner, type("tU"), AssetKind.UNIQUE, -1),
            commands.defineAssetType(owner, type("tQ"), AssetKind.QUANTIFIABLE, 2));
    List<RequestInfo> defined = zone.sendAll(types.toArray(SignedPut[]::new));
    for (int i = 0; i < types.size(); i++) {
      typesDefined.put(defined.get(i).resources().get(0), defined.get(i));
    }
    Signatory other = actor(i2);
    zone.sendAll(
        commands.createAsset(owner, type("cU"), "ua", null),
        commands.createAsset(owner, type("cQ"), "acc", HUNDRED),
        commands.createAsset(owner, type("eU"), "ua", null),
        commands.createAsset(owner, type("eQ"), "acc", HUNDRED),
        commands.createAsset(owner, type("tU"), "x", null),
        commands.createAsset(owner, type("tQ"), "acc1", HUNDRED),
        commands.createAsset(other, type("tQ"), "acc2", HUNDRED),
        commands.createAsset(other, type("tU"), "sx", null),
        commands.createAsset(owner, type("tQ"), "sacc1", HUNDRED),
        commands.createAsset(other, type("tQ"), "sacc2", HUNDRED),
        commands.createAsset(owner, type("tQ"), "accT", BigInteger.TEN),
        commands.createAsset(owner, type("tU"), "rx", null),
        commands.createAsset(owner, type("tQ"), "racc", HUNDRED),
        commands.createAsset(other, type("tQ"), "racc2", BigInteger.ZERO));
  }

  // ---- asset-types.ts / delegate-asset-type.ts -----------------------------------------------

  @Test
  @DisplayName("asset-types: Create new unique asset-type, Retrieve created asset-type")
  void aUniqueAndAQuantifiableAssetTypeAreCreatedAndRetrieved() {
    String unique = type("atU");
    String quant = type("atQ");
    List<RequestInfo> done =
        zone.sendAll(
            commands.defineAssetType(actor(i1), unique, AssetKind.UNIQUE, -1),
            commands.defineAssetType(actor(i1), quant, AssetKind.QUANTIFIABLE, 2));
    assertThat(done.get(0).resources()).containsExactly("/api/v1/asset-types/" + unique);
    assertThat(done.get(1).resources()).containsExactly("/api/v1/asset-types/" + quant);

    JsonNode read = zone.tsRead(0, actor(i1), "/api/v1/asset-types/" + unique);
    assertThat(read.path("assetTypeId").asText()).isEqualTo(unique);
    assertThat(read.path("ownerId").asText()).isEqualTo(i1.identityId());
    assertThat(read.path("type").asText()).isEqualTo("Unique");
    assertThat(read.path("proof").asText()).isEqualTo(done.get(0).proof());
    JsonNode readQ = zone.tsRead(1, actor(i1), "/api/v1/asset-types/" + quant);
    assertThat(readQ.path("type").asText()).isEqualTo("Quantifiable");
    assertThat(readQ.path("scale").asInt()).isEqualTo(2);
    assertThat(readQ.path("ownerId").asText()).isEqualTo(i1.identityId());
  }

  // ---- assets.ts / delegate-asset.ts ----------------------------------------------------------

  @Test
  @DisplayName("assets: Create/Retrieve unique asset, quantifiable asset, add quantity")
  void assetsAreCreatedRetrievedAndAnAccountIsToppedUp() {
    String unique = type("cU");
    String quant = type("cQ");
    List<RequestInfo> done =
        zone.sendAll(
            commands.createAsset(actor(i1), unique, "a-" + tag, null),
            commands.createAsset(actor(i1), quant, "b-" + tag, HUNDRED));
    assertThat(done.get(0).resources())
        .containsExactly("/api/v1/asset-types/" + unique + "/assets/a-" + tag);
    JsonNode asset =
        zone.tsRead(0, actor(i1), "/api/v1/asset-types/" + unique + "/assets/a-" + tag);
    assertThat(asset.path("assetId").asText()).isEqualTo("a-" + tag);
    assertThat(asset.path("assetTypeId").asText()).isEqualTo(unique);
    assertThat(asset.path("ownerId").asText()).isEqualTo(i1.identityId());
    assertThat(asset.path("proof").asText()).isEqualTo(done.get(0).proof());
    String accountPath = "/api/v1/asset-types/" + quant + "/assets/b-" + tag;
    JsonNode account = zone.tsRead(1, actor(i1), accountPath);
    assertThat(account.path("quantity").isTextual()).isTrue();
    assertThat(account.path("quantity").asText()).isEqualTo("100");

    RequestInfo added = zone.send(1, commands.addQuantity(actor(i1), quant, "b-" + tag, HUNDRED));
    assertThat(added.resources()).containsExactly(accountPath);
    JsonNode after = zone.tsRead(1, actor(i1), accountPath);
    assertThat(after.path("quantity").asText()).isEqualTo("200");
    assertThat(after.path("proof").asText()).isEqualTo(added.proof());
    assertThat(after.path("ownerId").asText()).isEqualTo(i1.identityId());
  }

  // ---- claims.ts / delegate-claim.ts ----------------------------------------------------------

  @Test
  @DisplayName("claims: Create claims on identity/asset types/asset/account, Retrieve list and one")
  void threeClaimsOnEachKindOfSubjectAreCreatedListedAndRead() {
    List<EntityRef> subjects =
        List.of(
            EntityRef.identity(i1.identityId()),
            EntityRef.assetType(type("cU")),
            EntityRef.assetType(type("cQ")),
            EntityRef.asset(type("cU"), "ua"),
            EntityRef.asset(type("cQ"), "acc"));
    List<String> plaintexts = List.of("claim-1:" + tag, "claim-2:" + tag, "claim-3:" + tag);
    List<String> hashes = plaintexts.stream().map(ClaimHash::of).toList();
    List<SignedPut> puts = new ArrayList<>();
    subjects.forEach(s -> puts.add(commands.createClaims(actor(i1), s, plaintexts)));
    List<RequestInfo> done = zone.sendAll(puts.toArray(SignedPut[]::new));

    for (int i = 0; i < subjects.size(); i++) {
      EntityRef subject = subjects.get(i);
      assertThat(done.get(i).resources())
          .containsExactlyElementsOf(hashes.stream().map(subject::claimPath).toList());
      int node = i % Conformance.NODES;
      JsonNode list = zone.tsRead(node, actor(i1), TsStyle.claimsPath(subject));
      TsStyle.assertClaimList(list, subject, hashes, done.get(i).proof());
      list.path("claims")
          .forEach(
              c -> {
                if (delegated) {
                  assertThat(c.path("delegateIdentityId").asText(delegate.identityId()))
                      .isEqualTo(delegate.identityId());
                }
              });
      JsonNode one = zone.tsRead(node, actor(i1), subject.claimPath(hashes.get(1)));
      assertThat(one.path("claim").asText()).isEqualTo(hashes.get(1));
      assertThat(one.path("endorsements").isArray()).isTrue();
      assertThat(one.path("endorsements")).isEmpty();
      assertThat(one.path("proof").asText()).isEqualTo(done.get(i).proof());
    }
  }

  // ---- endorsements.ts / delegate-endorsement.ts ----------------------------------------------

  @Test
  @DisplayName("endorsements: Endorse claims on identity/asset types/asset/account, Retrieve")
  void existingClaimsAreEndorsedByOwnerAndEndorserAndTheEndorsementsRead() {
    List<EntityRef> subjects =
        List.of(
            EntityRef.identity(i3.identityId()),
            EntityRef.assetType(type("eU")),
            EntityRef.assetType(type("eQ")),
            EntityRef.asset(type("eU"), "ua"),
            EntityRef.asset(type("eQ"), "acc"));
    List<Signatory> owners =
        List.of(i3.signatory(), i1.signatory(), i1.signatory(), i1.signatory(), i1.signatory());
    List<String> plaintexts = List.of("e-1:" + tag, "e-2:" + tag, "e-3:" + tag);
    List<String> hashes = plaintexts.stream().map(ClaimHash::of).toList();
    List<SignedPut> claims = new ArrayList<>();
    for (int i = 0; i < subjects.size(); i++) {
      claims.add(commands.createClaims(owners.get(i), subjects.get(i), plaintexts));
    }
    zone.sendAll(claims.toArray(SignedPut[]::new));

    Signatory endorser = actor(i2);
    List<SignedPut> endorsements = new ArrayList<>();
    for (int i = 0; i < subjects.size(); i++) {
      SignedPut put =
          commands.createEndorsements(
              endorser, owners.get(i), subjects.get(i), plaintexts, List.of());
      assertThat(put.headers().claims()).isEqualTo(CommandBuilder.TS_EMPTY_CLAIMS_HEADER);
      endorsements.add(put);
    }
    List<RequestInfo> done = zone.sendAll(endorsements.toArray(SignedPut[]::new));

    for (int i = 0; i < subjects.size(); i++) {
      EntityRef subject = subjects.get(i);
      List<String> expected = new ArrayList<>();
      hashes.forEach(
          h -> {
            expected.add(subject.claimPath(h));
            expected.add(subject.claimPath(h) + "/endorsements/" + i2.identityId());
          });
      assertThat(done.get(i).resources()).containsExactlyElementsOf(expected);

      String hash = hashes.get(0);
      String submitted =
          ((CreateEndorsements) endorsements.get(i).request()).endorsements().get(hash);
      JsonNode read =
          zone.tsRead(
              i % Conformance.NODES,
              actor(i1),
              subject.claimPath(hash) + "/endorsements/" + i2.identityId());
      assertThat(read.path("endorserId").asText()).isEqualTo(i2.identityId());
      assertThat(read.path("endorsement").asText()).isEqualTo(submitted);
      assertThat(read.path("proof").asText()).isEqualTo(done.get(i).proof());
      ClientIdentity signer = delegated ? delegate : i2;
      assertThat(
              Signatures.verify(
                  signer.algorithm(),
                  signer.keys().getPublic(),
                  Endorsement.signedBytes(subject, hash),
                  Base64Url.decode(submitted)))
          .isTrue();
      if (delegated) {
        assertThat(read.path("delegateIdentityId").asText()).isEqualTo(delegate.identityId());
      }
      JsonNode claim = zone.tsRead(i % Conformance.NODES, actor(i1), subject.claimPath(hash));
      assertThat(claim.path("endorsements")).hasSize(1);
    }
  }

  // ---- transfer.ts / delegate-transfer.ts -----------------------------------------------------

  @Test
  @DisplayName("transfer: Transfer unique asset")
  void aUniqueAssetIsTransferred() {
    String u = type("tU");
    RequestInfo done =
        zone.send(
            0,
            commands.transfers(
                List.of(actor(i1)),
                List.of(new Transfer.Ownership(u, "x", i1.identityId(), i2.identityId()))));
    assertThat(done.resources()).containsExactly("/api/v1/asset-types/" + u + "/assets/x");
    assertThat(zone.tsRead(0, actor(i2), done.resources().get(0)).path("ownerId").asText())
        .isEqualTo(i2.identityId());
  }

  @Test
  @DisplayName("transfer: Transfer quantifiable asset")
  void fiftyMoveFromAccountTwoToAccountOne() {
    String q = type("tQ");
    RequestInfo done =
        zone.send(
            1,
            commands.transfers(
                List.of(actor(i2)),
                List.of(new Transfer.Quantity(q, "acc2", "acc1", BigInteger.valueOf(50)))));
    assertThat(done.resources())
        .containsExactly(
            "/api/v1/asset-types/" + q + "/assets/acc2",
            "/api/v1/asset-types/" + q + "/assets/acc1");
    assertThat(zone.tsRead(1, actor(i2), done.resources().get(0)).path("quantity").asText())
        .isEqualTo("50");
    assertThat(zone.tsRead(1, actor(i1), done.resources().get(1)).path("quantity").asText())
        .isEqualTo("150");
  }

  @Test
  @DisplayName("transfer: Exchange unique asset <--> quantifiable asset")
  void aUniqueAssetAndAQuantityAreSwappedAtomically() {
    String u = type("tU");
    String q = type("tQ");
    RequestInfo done =
        zone.send(
            2,
            commands.transfers(
                List.of(actor(i2), actor(i1)),
                List.of(
                    new Transfer.Ownership(u, "sx", i2.identityId(), i1.identityId()),
                    new Transfer.Quantity(q, "sacc1", "sacc2", BigInteger.valueOf(40)))));
    assertThat(done.resources())
        .containsExactly(
            "/api/v1/asset-types/" + u + "/assets/sx",
            "/api/v1/asset-types/" + q + "/assets/sacc1",
            "/api/v1/asset-types/" + q + "/assets/sacc2");
    assertThat(zone.tsRead(2, actor(i1), done.resources().get(0)).path("ownerId").asText())
        .isEqualTo(i1.identityId());
    assertThat(zone.tsRead(2, actor(i1), done.resources().get(2)).path("quantity").asText())
        .isEqualTo("140");
  }

  @Test
  @DisplayName("transfer: Transfer account")
  void anAccountIsTransferred() {
    String q = type("tQ");
    RequestInfo done =
        zone.send(
            0,
            commands.transfers(
                List.of(actor(i1)),
                List.of(new Transfer.Ownership(q, "accT", i1.identityId(), i2.identityId()))));
    assertThat(done.resources()).containsExactly("/api/v1/asset-types/" + q + "/assets/accT");
    JsonNode account = zone.tsRead(0, actor(i2), done.resources().get(0));
    assertThat(account.path("ownerId").asText()).isEqualTo(i2.identityId());
    assertThat(account.path("quantity").asText()).isEqualTo("10");
  }

  // ---- transaction.ts / delegate-transaction.ts -----------------------------------------------

  @Test
  @DisplayName("transaction: Retrieves transactions for unique asset")
  void aUniqueAssetListsItsOneOwnershipTransfer() {
    String u = type("tU");
    RequestInfo done =
        zone.send(
            1,
            commands.transfers(
                List.of(actor(i1)),
                List.of(new Transfer.Ownership(u, "rx", i1.identityId(), i2.identityId()))));
    JsonNode page =
        zone.tsRead(1, actor(i2), "/api/v1/asset-types/" + u + "/assets/rx/transactions");
    assertThat(page.path("transactions")).hasSize(1);
    JsonNode entry = page.path("transactions").get(0);
    assertThat(entry.path("fromOwner").asText()).isEqualTo(i1.identityId());
    assertThat(entry.path("toOwner").asText()).isEqualTo(i2.identityId());
    assertThat(entry.path("asset").path("assetId").asText()).isEqualTo("rx");
    assertThat(entry.path("asset").path("assetTypeId").asText()).isEqualTo(u);
    assertThat(entry.path("requestId").asText()).isEqualTo(done.requestId());
    assertThat(entry.path("proof").asText()).isEqualTo(done.proof());
    assertThat(entry.path("transactionTimestamp").asText())
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z?");
    assertThat(TsStyle.absent(page.path("next"))).isTrue();
  }

  @Test
  @DisplayName("transaction: Retrieve transactions for quantifiable asset (limit 2, then next)")
  void threeTransfersArePagedTwoThenOne() {
    String q = type("tQ");
    for (int node = 0; node < 3; node++) {
      zone.send(
          node,
          commands.transfers(
              List.of(actor(i1)),
              List.of(new Transfer.Quantity(q, "racc", "racc2", BigInteger.valueOf(25)))));
    }
    String path = "/api/v1/asset-types/" + q + "/assets/racc2/transactions";
    JsonNode first = zone.tsRead(2, actor(i2), path, 2, null);
    assertThat(first.path("transactions")).hasSize(2);
    assertThat(first.path("next").isTextual()).isTrue();
    first
        .path("transactions")
        .forEach(t -> assertThat(t.path("quantity").asText()).isEqualTo("25"));
    JsonNode rest = zone.tsRead(2, actor(i2), path, null, first.path("next").asText());
    assertThat(rest.path("transactions")).hasSize(1);
    assertThat(rest.path("transactions").get(0).path("quantity").asText()).isEqualTo("25");
    assertThat(TsStyle.absent(rest.path("next"))).isTrue();
  }

  // ---- proof.ts / delegate-proof.ts -----------------------------------------------------------

  @Test
  @DisplayName("proof: Retrieve proof, Validate proof")
  void proofsAreRetrievedAndPassTheSdkValidationOnEveryNode() {
    List<String> requests = new ArrayList<>();
    requests.add(i1Issued.requestId());
    typesDefined.values().forEach(r -> requests.add(r.requestId()));
    delegatesAdded.forEach(r -> requests.add(r.requestId()));
    for (int i = 0; i < requests.size(); i++) {
      String id = requests.get(i);
      JsonNode view = zone.tsRead(i % Conformance.NODES, actor(i1), "/api/v1/proofs/" + id);
      TsStyle.assertValidProof(view, id);
    }
    if (delegated) {
      JsonNode view =
          zone.tsRead(0, actor(i1), "/api/v1/proofs/" + delegatesAdded.get(0).requestId());
      List<String> sealers = new ArrayList<>();
      view.path("signatories").forEach(s -> sealers.add(s.path("identity").asText()));
      assertThat(sealers).contains(i1.identityId(), delegate.identityId());
    }
    assertThat(new String(commands.issueIdentity(i1).body(), UTF_8))
        .endsWith(",\"_type\":\"IssueIdentityRequest\"}");
  }
}
