package org.zoneledger.it.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zoneledger.client.ClientIdentity;
import org.zoneledger.client.CommandBuilder;
import org.zoneledger.client.Page;
import org.zoneledger.client.model.AssetInfo;
import org.zoneledger.client.model.AssetTypeInfo;
import org.zoneledger.client.model.ClaimEndorsements;
import org.zoneledger.client.model.ClaimsPage;
import org.zoneledger.client.model.EndorsementInfo;
import org.zoneledger.client.model.RequestInfo;
import org.zoneledger.client.model.TransactionsPage;
import org.zoneledger.it.zone.SharedZoneExtension;
import org.zoneledger.it.zone.ZoneFixture;
import org.zoneledger.protocol.auth.RequestSigning;
import org.zoneledger.protocol.auth.SignedPut;
import org.zoneledger.protocol.crypto.Base64Url;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.crypto.Signatures;
import org.zoneledger.protocol.request.AssetKind;
import org.zoneledger.protocol.request.ClaimHash;
import org.zoneledger.protocol.request.CreateClaims;
import org.zoneledger.protocol.request.EntityRef;
import org.zoneledger.protocol.request.PropertyOrder;
import org.zoneledger.protocol.request.Transfer;

/**
 * The Java SDK's integration tests (spec §11.1: {@code AssetTest}, {@code AssetTypeTest}, {@code
 * IdentityTest}, {@code demo.DemoTest}; {@code PlatformTest} is in {@link PlatformHealthIT})
 * through the client library in Java SDK style (property order, query order {@code requestId,
 * limit, next, nodeId}, trailing slash on asset-type claims, {@code e30=} for an endorser-only
 * endorsement), once with RSA and once with P-256 keys. Each test names the SDK test it mirrors.
 */
@ExtendWith(SharedZoneExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JavaSdkScenariosIT {
  private static final BigInteger HUNDRED = BigInteger.valueOf(100);

  private Conformance zone;

  @BeforeAll
  void theSharedZone(ZoneFixture shared) {
    zone = new Conformance(shared);
  }

  @AfterAll
  void release() {
    zone.close();
  }

  @Nested
  @DisplayName("Java SDK scenarios, RSA keys")
  class WithRsaKeys extends Scenarios {
    WithRsaKeys() {
      super(SignatureAlgorithm.RSA_SHA256);
    }
  }

  @Nested
  @DisplayName("Java SDK scenarios, P-256 keys")
  class WithP256Keys extends Scenarios {
    WithP256Keys() {
      super(SignatureAlgorithm.P256_SHA256);
    }
  }

  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  abstract class Scenarios {
    private final SignatureAlgorithm algorithm;
    private final CommandBuilder commands =
        new CommandBuilder(PropertyOrder.JAVA_SDK, () -> UUID.randomUUID().toString());
    private final String tag = Conformance.tag();

    private ClientIdentity alice;
    private ClientIdentity bob;
    private ClientIdentity mva;
    private ClientIdentity assistant;
    private ClientIdentity carol;
    private RequestInfo aliceIssued;
    private String uniqueType;
    private String quantType;
    private RequestInfo uniqueTypeDefined;
    private RequestInfo quantTypeDefined;

    Scenarios(SignatureAlgorithm algorithm) {
      this.algorithm = algorithm;
    }

    @BeforeAll
    void identitiesAssetTypesAndAssets() {
      alice = Conformance.identity("alice", tag, algorithm);
      bob = Conformance.identity("bob", tag, algorithm);
      mva = Conformance.identity("mva", tag, algorithm);
      assistant = Conformance.identity("assistant", tag, algorithm);
      carol = Conformance.identity("carol", tag, algorithm);
      aliceIssued =
          zone.sendAll(
                  commands.issueIdentity(alice),
                  commands.issueIdentity(bob),
                  commands.issueIdentity(mva),
                  commands.issueIdentity(assistant),
                  commands.issueIdentity(carol))
              .get(0);
      uniqueType = "unique-" + tag;
      quantType = "quant-" + tag;
      List<RequestInfo> types =
          zone.sendAll(
              commands.defineAssetType(alice.signatory(), uniqueType, AssetKind.UNIQUE, -1),
              commands.defineAssetType(alice.signatory(), quantType, AssetKind.QUANTIFIABLE, 2));
      uniqueTypeDefined = types.get(0);
      quantTypeDefined = types.get(1);
      zone.sendAll(
          commands.createAsset(alice.signatory(), uniqueType, "u1", null),
          commands.createAsset(alice.signatory(), quantType, "acc10", BigInteger.TEN),
          commands.createAsset(alice.signatory(), uniqueType, "u2", null),
          commands.createAsset(alice.signatory(), quantType, "accA", HUNDRED),
          commands.createAsset(alice.signatory(), uniqueType, "u3", null),
          commands.createAsset(alice.signatory(), quantType, "accS", HUNDRED),
          commands.createAsset(bob.signatory(), quantType, "accR", BigInteger.ZERO),
          commands.createAsset(alice.signatory(), quantType, "accT", BigInteger.TEN));
    }

    // ---- IdentityTest ----------------------------------------------------------------------

    @Test
    @DisplayName("IdentityTest.identityWith{RSA,ECDSA}ShouldBeCreated")
    void anIdentityWithThisKeyTypeIsCreated() {
      assertThat(aliceIssued.resources())
          .containsExactly("/api/v1/identities/" + alice.identityId());
      assertThat(alice.credentials().protocolId())
          .isEqualTo(
              algorithm == SignatureAlgorithm.RSA_SHA256 ? "SHA256WithRSA" : "SHA256WithECDSA");
    }

    @Test
    @DisplayName("IdentityTest.publicKeyShouldBeRetrieved")
    void itsPublicKeyIsRetrievedAsRegistered() {
      assertThat(
              zone.eventually(
                  () -> zone.client(1).publicKey(alice.signatory(), alice.identityId())))
          .isEqualTo(alice.credentials());
    }

    @Test
    @DisplayName("IdentityTest.identityShouldBeRetrieved")
    void theIdentityIsRetrieved() {
      var identity =
          zone.eventually(() -> zone.client(2).identity(bob.signatory(), alice.identityId()));
      assertThat(identity.identityId()).isEqualTo(alice.identityId());
      assertThat(identity.publicCredentials()).containsExactly(alice.credentials());
    }

    @Test
    @DisplayName(
        "IdentityTest.claimsOnIdentityShouldBeCreated + claimsOnIdentityShouldBeReadByOtherIdentity")
    void aClaimOnAnIdentityIsCreatedAndReadByAnotherIdentity() {
      RequestInfo done =
          zone.send(
              0,
              commands.createClaims(
                  carol.signatory(), EntityRef.identity(carol.identityId()), List.of("claim")));
      String hash = ClaimHash.of("claim");
      assertThat(hash).isEqualTo("3Rs8MSz32BYTA1RFLpYpzjk1WwxTQSndJqCM2aRQLt4");
      assertThat(done.resources())
          .containsExactly("/api/v1/identities/" + carol.identityId() + "/claims/" + hash);

      ClaimsPage read =
          zone.client(0)
              .claims(bob.signatory(), EntityRef.identity(carol.identityId()), Page.first());
      assertThat(read.claims()).extracting(ClaimsPage.Claim::claim).containsExactly(hash);
      assertThat(read.claims().get(0).proof()).isEqualTo(done.proof());
    }

    @Test
    @DisplayName("IdentityTest.claimsOnIdentityShouldBeCreatedWhenAuthenticatedByOtherIdentity")
    void aClaimAuthorisedByTheSubjectMayBeAuthenticatedByAnotherIdentity() {
      String plaintext = "claim1";
      String hash = ClaimHash.of(plaintext);
      assertThat(hash).isEqualTo("AXf1QMx3BtjQijH-5OHxCg3Cf9Gde4b9FRfKUWUWyNA");
      SignedPut put =
          commands.sign(
              new CreateClaims(
                  UUID.randomUUID().toString(),
                  EntityRef.identity(alice.identityId()),
                  List.of(hash)),
              List.of(alice.signatory()),
              bob.signatory(),
              RequestSigning.claimsHeader(Map.of(hash, plaintext)));
      RequestInfo done = zone.send(1, put);
      assertThat(done.resources())
          .containsExactly("/api/v1/identities/" + alice.identityId() + "/claims/" + hash);
    }

    @Test
    @DisplayName("IdentityTest.claimOnIdentityShouldBeEndorsed")
    void aClaimOnAnIdentityIsCreatedAndEndorsedInOneRequest() {
      EntityRef subject = EntityRef.identity(bob.identityId());
      String plaintext = "licence:B";
      SignedPut put =
          commands.createEndorsements(
              mva.signatory(), bob.signatory(), subject, List.of(plaintext));
      assertThat(put.headers().claims()).isNotEqualTo(CommandBuilder.EMPTY_CLAIMS_HEADER);
      RequestInfo done = zone.send(2, put);
      String hash = ClaimHash.of(plaintext);
      assertThat(done.resources())
          .containsExactly(
              subject.claimPath(hash),
              subject.claimPath(hash) + "/endorsements/" + mva.identityId());
      ClaimEndorsements claim = zone.client(2).claim(alice.signatory(), subject, hash);
      assertThat(claim.endorsements())
          .extracting(EndorsementInfo::endorserId)
          .containsExactly(mva.identityId());
    }

    @Test
    @DisplayName("IdentityTest.delegateShouldBeAdded")
    void aDelegateIsAddedWithBothSignaturesAuthenticatedByTheDelegate() {
      SignedPut put = commands.addDelegate(alice.signatory(), assistant.signatory());
      RequestInfo done = zone.send(0, put);
      assertThat(done.resources()).containsExactly("/api/v1/identities/" + alice.identityId());
      assertThat(
              zone.client(0)
                  .identity(assistant.onBehalfOf(alice.identityId()), alice.identityId())
                  .identityId())
          .isEqualTo(alice.identityId());
    }

    // ---- AssetTypeTest ---------------------------------------------------------------------

    @Test
    @DisplayName("AssetTypeTest.uniqueAssetTypeShouldBeCreated")
    void aUniqueAssetTypeIsCreated() {
      assertThat(uniqueTypeDefined.resources())
          .containsExactly("/api/v1/asset-types/" + uniqueType);
      AssetTypeInfo type =
          zone.eventually(() -> zone.client(0).assetType(bob.signatory(), uniqueType));
      assertThat(type.type()).isEqualTo("Unique");
      assertThat(type.ownerId()).isEqualTo(alice.identityId());
      assertThat(type.scale()).isNull();
    }

    @Test
    @DisplayName("AssetTypeTest.quantifiableAssetTypeShouldBeCreated")
    void aQuantifiableAssetTypeWithScaleTwoIsCreated() {
      assertThat(quantTypeDefined.resources()).containsExactly("/api/v1/asset-types/" + quantType);
      AssetTypeInfo type =
          zone.eventually(() -> zone.client(1).assetType(bob.signatory(), quantType));
      assertThat(type.type()).isEqualTo("Quantifiable");
      assertThat(type.scale()).isEqualTo(2);
    }

    @Test
    @DisplayName("AssetTypeTest.claimsForAssetTypeShouldBeCreated")
    void twoClaimsOnAnAssetTypeAreCreated() {
      EntityRef subject = EntityRef.assetType(uniqueType);
      RequestInfo done =
          zone.send(
              1,
              commands.createClaims(alice.signatory(), subject, List.of("colour:any", "wheels:4")));
      assertThat(done.resources())
          .containsExactly(
              subject.claimPath(ClaimHash.of("colour:any")),
              subject.claimPath(ClaimHash.of("wheels:4")));
      ClaimsPage read = zone.client(1).claims(bob.signatory(), subject, Page.first());
      assertThat(read.claims())
          .extracting(ClaimsPage.Claim::claim)
          .contains(ClaimHash.of("colour:any"), ClaimHash.of("wheels:4"));
    }

    @Test
    @DisplayName("AssetTypeTest.claimsForAssetTypeShouldBeCreatedAndEndorsed")
    void aClaimOnAnAssetTypeIsCreatedAndEndorsedByOwnerAndEndorser() {
      EntityRef subject = EntityRef.assetType(uniqueType);
      SignedPut put =
          commands.createEndorsements(
              mva.signatory(), alice.signatory(), subject, List.of("approved:yes"));
      assertThat(put.headers().claims())
          .isEqualTo(
              RequestSigning.claimsHeader(Map.of(ClaimHash.of("approved:yes"), "approved:yes")));
      RequestInfo done = zone.send(2, put);
      String hash = ClaimHash.of("approved:yes");
      assertThat(done.resources())
          .containsExactly(
              subject.claimPath(hash),
              subject.claimPath(hash) + "/endorsements/" + mva.identityId());
    }

    @Test
    @DisplayName("AssetTypeTest.claimsForAssetTypeShouldBeEndorsed")
    void anExistingAssetTypeClaimIsEndorsedByTheEndorserAlone() {
      EntityRef subject = EntityRef.assetType(quantType);
      zone.send(0, commands.createClaims(alice.signatory(), subject, List.of("currency:EUR")));
      SignedPut put =
          commands.createEndorsements(mva.signatory(), null, subject, List.of("currency:EUR"));
      assertThat(put.headers().claims()).isEqualTo("e30=");
      RequestInfo done = zone.send(0, put);
      String hash = ClaimHash.of("currency:EUR");
      assertThat(done.resources())
          .containsExactly(
              subject.claimPath(hash),
              subject.claimPath(hash) + "/endorsements/" + mva.identityId());
      assertThat(zone.client(0).claim(bob.signatory(), subject, hash).endorsements()).hasSize(1);
    }

    // ---- AssetTest -------------------------------------------------------------------------

    @Test
    @DisplayName("AssetTest.uniqueAssetShouldBeCreated")
    void aUniqueAssetIsCreated() {
      RequestInfo done =
          zone.send(1, commands.createAsset(bob.signatory(), uniqueType, "bobs-" + tag, null));
      assertThat(done.resources())
          .containsExactly("/api/v1/asset-types/" + uniqueType + "/assets/bobs-" + tag);
      AssetInfo asset = zone.client(1).asset(alice.signatory(), uniqueType, "bobs-" + tag);
      assertThat(asset.ownerId()).isEqualTo(bob.identityId());
      assertThat(asset.quantity()).isNull();
    }

    @Test
    @DisplayName("AssetTest.quantifiableAssetShouldBeCreated")
    void anAccountWithAHundredIsCreated() {
      RequestInfo done =
          zone.send(2, commands.createAsset(bob.signatory(), quantType, "bob100", HUNDRED));
      assertThat(done.resources())
          .containsExactly("/api/v1/asset-types/" + quantType + "/assets/bob100");
      assertThat(zone.client(2).asset(bob.signatory(), quantType, "bob100").quantity())
          .isEqualTo("100");
    }

    @Test
    @DisplayName("AssetTest.claimsOnUniqueAssetShouldBeCreated")
    void aClaimOnAUniqueAssetIsCreatedAndListedAlone() {
      EntityRef u1 = EntityRef.asset(uniqueType, "u1");
      RequestInfo done =
          zone.send(2, commands.createClaims(alice.signatory(), u1, List.of("property1:value10")));
      String hash = ClaimHash.of("property1:value10");
      assertThat(hash).isEqualTo("ZbhUAepEq-c4WK6aXqf-Ek_Qad0xb_Px7K2SroLm90I");
      assertThat(done.resources()).containsExactly(u1.claimPath(hash));
      assertThat(zone.client(2).claims(bob.signatory(), u1, Page.first()).claims())
          .extracting(ClaimsPage.Claim::claim)
          .containsExactly(hash);
    }

    @Test
    @DisplayName("AssetTest.claimsOnUniqueAssetShouldBeEndorsed")
    void anExistingClaimOnAUniqueAssetIsEndorsedByAnotherIdentityAlone() {
      EntityRef u2 = EntityRef.asset(uniqueType, "u2");
      zone.send(0, commands.createClaims(alice.signatory(), u2, List.of("serial:42")));
      SignedPut put = commands.createEndorsements(mva.signatory(), null, u2, List.of("serial:42"));
      assertThat(put.headers().claims()).isEqualTo("e30=");
      RequestInfo done = zone.send(0, put);
      String hash = ClaimHash.of("serial:42");
      assertThat(done.resources())
          .containsExactly(
              u2.claimPath(hash), u2.claimPath(hash) + "/endorsements/" + mva.identityId());
    }

    @Test
    @DisplayName("AssetTest.claimsOnAccountShouldBeCreated")
    void aClaimOnAnAccountIsCreated() {
      EntityRef account = EntityRef.asset(quantType, "acc10");
      RequestInfo done =
          zone.send(1, commands.createClaims(alice.signatory(), account, List.of("iban:AT00")));
      assertThat(done.resources()).containsExactly(account.claimPath(ClaimHash.of("iban:AT00")));
    }

    @Test
    @DisplayName("AssetTest.quantityOfAssetShouldBeTransferred")
    void fiftyMoveToAnAccountTheReceiverOpenedInTheSendersType() {
      zone.send(2, commands.createAsset(bob.signatory(), quantType, "bob0", BigInteger.ZERO));
      RequestInfo done =
          zone.send(
              2,
              commands.transfers(
                  List.of(alice.signatory()),
                  List.of(
                      new Transfer.Quantity(quantType, "accA", "bob0", BigInteger.valueOf(50)))));
      assertThat(done.resources())
          .containsExactly(
              "/api/v1/asset-types/" + quantType + "/assets/accA",
              "/api/v1/asset-types/" + quantType + "/assets/bob0");
      assertThat(zone.client(2).asset(bob.signatory(), quantType, "accA").quantity())
          .isEqualTo("50");
      assertThat(zone.client(2).asset(bob.signatory(), quantType, "bob0").quantity())
          .isEqualTo("50");
    }

    @Test
    @DisplayName("AssetTest.shouldGetQuantifiableAssetTransferTransaction")
    void oneQuantityTransferIsListedAsOneTransaction() {
      RequestInfo done =
          zone.send(
              0,
              commands.transfers(
                  List.of(alice.signatory()),
                  List.of(
                      new Transfer.Quantity(quantType, "accS", "accR", BigInteger.valueOf(30)))));
      TransactionsPage page =
          zone.client(0).transactions(alice.signatory(), quantType, "accS", Page.first());
      assertThat(page.transactions()).hasSize(1);
      TransactionsPage.Transaction entry = page.transactions().get(0);
      assertThat(entry.requestId()).isEqualTo(done.requestId());
      assertThat(entry.sender().assetId()).isEqualTo("accS");
      assertThat(entry.recipient().assetId()).isEqualTo("accR");
      assertThat(entry.quantity()).isEqualTo("30");
      assertThat(entry.transactionTimestamp())
          .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z?");
      assertThat(page.next()).isNull();
    }

    @Test
    @DisplayName("AssetTest.accountShouldBeTransferred")
    void anAccountChangesOwner() {
      RequestInfo done =
          zone.send(
              1,
              commands.transfers(
                  List.of(alice.signatory()),
                  List.of(
                      new Transfer.Ownership(
                          quantType, "accT", alice.identityId(), bob.identityId()))));
      assertThat(done.resources())
          .containsExactly("/api/v1/asset-types/" + quantType + "/assets/accT");
      AssetInfo account = zone.client(1).asset(bob.signatory(), quantType, "accT");
      assertThat(account.ownerId()).isEqualTo(bob.identityId());
      assertThat(account.quantity()).isEqualTo("10");
    }

    @Test
    @DisplayName("AssetTest.uniqueAssetShouldBeTransferred")
    void aUniqueAssetChangesOwner() {
      RequestInfo done =
          zone.send(
              2,
              commands.transfers(
                  List.of(alice.signatory()),
                  List.of(
                      new Transfer.Ownership(
                          uniqueType, "u3", alice.identityId(), bob.identityId()))));
      assertThat(done.resources())
          .containsExactly("/api/v1/asset-types/" + uniqueType + "/assets/u3");
      assertThat(zone.client(2).asset(bob.signatory(), uniqueType, "u3").ownerId())
          .isEqualTo(bob.identityId());
    }

    // ---- demo.DemoTest ---------------------------------------------------------------------

    @Test
    @DisplayName("demo.DemoTest.demoScenarioShouldRunThrough")
    void theCarDemoRunsThrough() {
      String car = "car-" + tag;
      String vin = "vin-" + tag;
      EntityRef carRef = EntityRef.asset(car, vin);
      String registration = "first-registration:10/02/2010";
      String hash = ClaimHash.of(registration);
      assertThat(hash).isEqualTo("GGLFHGKgRWD-qS60h_uA2yfHKCLucqgw_Y3uQ1sjNpw");

      zone.send(0, commands.defineAssetType(mva.signatory(), car, AssetKind.UNIQUE, -1));
      zone.send(1, commands.createAsset(alice.signatory(), car, vin, null));
      zone.send(2, commands.createClaims(alice.signatory(), carRef, List.of(registration)));
      zone.send(
          0, commands.createEndorsements(mva.signatory(), null, carRef, List.of(registration)));

      ClaimEndorsements claim =
          zone.eventually(() -> zone.client(0).claim(bob.signatory(), carRef, hash));
      assertThat(claim.endorsements()).hasSize(1);
      EndorsementInfo endorsement = claim.endorsements().get(0);
      assertThat(endorsement.endorserId()).isEqualTo(mva.identityId());
      assertThat(
              Signatures.verify(
                  mva.algorithm(),
                  mva.keys().getPublic(),
                  (vin + ";" + car + ";" + hash).getBytes(UTF_8),
                  Base64Url.decode(endorsement.endorsement())))
          .isTrue();

      zone.send(
          1,
          commands.transfers(
              List.of(alice.signatory()),
              List.of(new Transfer.Ownership(car, vin, alice.identityId(), bob.identityId()))));
      assertThat(zone.client(1).asset(bob.signatory(), car, vin).ownerId())
          .isEqualTo(bob.identityId());
    }
  }
}
