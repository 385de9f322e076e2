package org.zoneledger.consensus.domain.ledger;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.zoneledger.consensus.domain.ledger.Requests.by;
import static org.zoneledger.consensus.domain.ledger.Requests.claimsJson;
import static org.zoneledger.consensus.domain.ledger.Requests.createAsset;
import static org.zoneledger.consensus.domain.ledger.Requests.defineUnique;
import static org.zoneledger.consensus.domain.ledger.Requests.endorse;
import static org.zoneledger.consensus.domain.ledger.Requests.endorsementsJson;
import static org.zoneledger.consensus.domain.ledger.Requests.issueIdentity;
import static org.zoneledger.consensus.domain.ledger.Requests.plaintexts;
import static org.zoneledger.consensus.domain.ledger.Requests.verified;
import static org.zoneledger.consensus.domain.ledger.Requests.via;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zoneledger.consensus.domain.EntityVerdict;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.request.ClaimHash;

class ClaimsAndEndorsementsRulesTest {
  private static final String REGISTRATION = "first-registration:10/02/2010";
  private static final String HASH = ClaimHash.of(REGISTRATION);
  private static final String CAR = "\"subjectId\":\"car-7\",\"subjectTypeId\":\"car\"";
  private static final String ASSET_CLAIMS = "CreateAssetClaimsRequest";
  private static final String ASSET_ENDORSEMENTS = "CreateAssetEndorsementsRequest";
  private final TestLedger ledger = new TestLedger();

  @BeforeEach
  void aliceOwnsACarOfTheMvasType() {
    for (String id : new String[] {"mva", "alice", "bob", "mva-clerk"}) {
      ledger.commit(issueIdentity(id));
    }
    ledger.commit(defineUnique("mva", "car"));
    ledger.commit(createAsset("alice", "car", "car-7", null));
  }

  @Test
  void theAssetOwnerCreatesAClaimThatIsStoredAsItsHashOnly() {
    ledger.commit(
        verified(claimsJson(ASSET_CLAIMS, CAR, HASH), plaintexts(REGISTRATION), by("alice")));

    ClaimState claim = ledger.state("claim:asset:car:car-7:" + HASH, ClaimState.class);
    assertThat(claim.endorsements()).isEmpty();
    assertThat(new String(claim.canonicalBytes(), UTF_8)).doesNotContain(REGISTRATION);
    assertThat(ledger.state("asset:car:car-7", AssetState.class).claims()).containsExactly(HASH);
  }

  @Test
  void anIdentityClaimsAboutItself() {
    String hash = ClaimHash.of("claim");
    ledger.commit(
        verified(
            claimsJson("CreateIdentityClaimsRequest", "\"subjectId\":\"bob\"", hash),
            plaintexts("claim"),
            by("bob")));

    assertThat(ledger.has("claim:identity:bob:" + hash)).isTrue();
  }

  @Test
  void aClaimWhosePlaintextDoesNotHashToItIsRefused() {
    var outcome =
        ledger.submit(
            verified(claimsJson(ASSET_CLAIMS, CAR, HASH), Map.of(HASH, "forged"), by("alice")));

    assertThat(outcome.reason().errorCode()).isEqualTo(ErrorCode.CLAIM_HASH_MISMATCH.code());
    assertThat(ledger.has("claim:asset:car:car-7:" + HASH)).isFalse();
  }

  @Test
  void aClaimWithoutPlaintextIsRefused() {
    var outcome = ledger.submit(verified(claimsJson(ASSET_CLAIMS, CAR, HASH), by("alice")));

    assertThat(outcome.reason().errorCode()).isEqualTo(ErrorCode.CLAIM_PLAINTEXT_MISSING.code());
  }

  @Test
  void theTypeOwnerMayNotClaimOnSomeoneElsesAsset() {
    var outcome =
        ledger.submit(
            verified(claimsJson(ASSET_CLAIMS, CAR, HASH), plaintexts(REGISTRATION), by("mva")));

    assertThat(outcome.reason().errorCode()).isEqualTo(ErrorCode.PERMISSION_DENIED.code());
    assertThat(outcome.reason().message()).contains("owner 'alice'");
  }

  @Test
  void creatingAClaimTwiceIsRefusedByBothTheSubjectAndTheClaim() {
    ledger.commit(
        verified(claimsJson(ASSET_CLAIMS, CAR, HASH), plaintexts(REGISTRATION), by("alice")));

    var outcome =
        ledger.submit(
            verified(claimsJson(ASSET_CLAIMS, CAR, HASH), plaintexts(REGISTRATION), by("alice")));

    assertThat(outcome.reasons())
        .hasSize(2)
        .allSatisfy(r -> assertThat(r.errorCode()).isEqualTo(ErrorCode.ALREADY_EXISTS.code()));
  }

  @Test
  void aClaimOnAnUnknownSubjectIsRefused() {
    var outcome =
        ledger.submit(
            verified(
                claimsJson(ASSET_CLAIMS, "\"subjectId\":\"car-9\",\"subjectTypeId\":\"car\"", HASH),
                plaintexts(REGISTRATION),
                by("alice")));

    assertThat(outcome.reason().errorCode()).isEqualTo(ErrorCode.NOT_FOUND.code());
  }

  @Test
  void anyoneEndorsesAnExistingClaimWithOnlyItsOwnAuthorisation() {
    ledger.commit(
        verified(claimsJson(ASSET_CLAIMS, CAR, HASH), plaintexts(REGISTRATION), by("alice")));
    String signature = endorse("mva", "car-7;car;" + HASH);

    var outcome =
        ledger.commit(
            verified(
                endorsementsJson(ASSET_ENDORSEMENTS, CAR, "mva", Map.of(HASH, signature)),
                by("mva")));

    assertThat(outcome.verdicts())
        .containsKey(new org.zoneledger.protocol.message.EntityKey("identity:mva"));
    ClaimState claim = ledger.state("claim:asset:car:car-7:" + HASH, ClaimState.class);
    assertThat(claim.endorsements())
        .containsExactly(Map.entry("mva", new ClaimState.StoredEndorsement(signature, null)));
  }

  @Test
  void anEndorsementWithABadSignatureIsRefusedByTheSignersIdentity() {
    ledger.commit(
        verified(claimsJson(ASSET_CLAIMS, CAR, HASH), plaintexts(REGISTRATION), by("alice")));
    String signedByBob = endorse("bob", "car-7;car;" + HASH);

    var outcome =
        ledger.submit(
            verified(
                endorsementsJson(ASSET_ENDORSEMENTS, CAR, "mva", Map.of(HASH, signedByBob)),
                by("mva")));

    assertThat(outcome.verdict("identity:mva")).isInstanceOf(EntityVerdict.Rollback.class);
    assertThat(outcome.reason().errorCode()).isEqualTo(ErrorCode.ENDORSEMENT_INVALID.code());
    assertThat(outcome.reason().message()).contains("'car-7;car;" + HASH + "'");
    assertThat(ledger.state("claim:asset:car:car-7:" + HASH, ClaimState.class).endorsements())
        .isEmpty();
  }

  @Test
  void anEndorsementOverTheWrongTextIsRefused() {
    ledger.commit(
        verified(claimsJson(ASSET_CLAIMS, CAR, HASH), plaintexts(REGISTRATION), by("alice")));
    String wrongText = endorse("mva", "car;car-7;" + HASH);

    var outcome =
        ledger.submit(
            verified(
                endorsementsJson(ASSET_ENDORSEMENTS, CAR, "mva", Map.of(HASH, wrongText)),
                by("mva")));

    assertThat(outcome.reason().errorCode()).isEqualTo(ErrorCode.ENDORSEMENT_INVALID.code());
  }

  @Test
  void theOwnerAndTheEndorserCreateAndEndorseAClaimInOneRequest() {
    String signature = endorse("mva", "car-7;car;" + HASH);

    ledger.commit(
        verified(
            endorsementsJson(ASSET_ENDORSEMENTS, CAR, "mva", Map.of(HASH, signature)),
            plaintexts(REGISTRATION),
            by("alice"),
            by("mva")));

    assertThat(ledger.state("claim:asset:car:car-7:" + HASH, ClaimState.class).endorsements())
        .containsKey("mva");
    assertThat(ledger.state("asset:car:car-7", AssetState.class).claims()).containsExactly(HASH);
  }

  @Test
  void endorsingAClaimThatDoesNotExistWithoutTheOwnerIsRefusedByTheSubject() {
    String signature = endorse("mva", "car-7;car;" + HASH);

    var outcome =
        ledger.submit(
            verified(
                endorsementsJson(ASSET_ENDORSEMENTS, CAR, "mva", Map.of(HASH, signature)),
                plaintexts(REGISTRATION),
                by("mva")));

    assertThat(outcome.verdict("asset:car:car-7")).isInstanceOf(EntityVerdict.Rollback.class);
    assertThat(outcome.reason().errorCode()).isEqualTo(ErrorCode.PERMISSION_DENIED.code());
  }

  @Test
  void creatingAClaimByEndorsementNeedsItsPlaintext() {
    String signature = endorse("mva", "car-7;car;" + HASH);

    var outcome =
        ledger.submit(
            verified(
                endorsementsJson(ASSET_ENDORSEMENTS, CAR, "mva", Map.of(HASH, signature)),
                by("alice"),
                by("mva")));

    assertThat(outcome.reason().errorCode()).isEqualTo(ErrorCode.CLAIM_PLAINTEXT_MISSING.code());
  }

  @Test
  void endorsingTheSameClaimTwiceIsRefused() {
    ledger.commit(
        verified(claimsJson(ASSET_CLAIMS, CAR, HASH), plaintexts(REGISTRATION), by("alice")));
    String signature = endorse("mva", "car-7;car;" + HASH);
    ledger.commit(
        verified(
            endorsementsJson(ASSET_ENDORSEMENTS, CAR, "mva", Map.of(HASH, signature)), by("mva")));

    var outcome =
        ledger.submit(
            verified(
                endorsementsJson(ASSET_ENDORSEMENTS, CAR, "mva", Map.of(HASH, signature)),
                by("mva")));

    assertThat(outcome.reason().errorCode()).isEqualTo(ErrorCode.ALREADY_EXISTS.code());
  }

  @Test
  void aDelegatesEndorsementIsCheckedWithTheDelegatesKeyAndRecordsTheDelegate() {
    ledger.commit(
        verified(claimsJson(ASSET_CLAIMS, CAR, HASH), plaintexts(REGISTRATION), by("alice")));
    String byClerk = endorse("mva-clerk", "car-7;car;" + HASH);

    var outcome =
        ledger.commit(
            verified(
                endorsementsJson(ASSET_ENDORSEMENTS, CAR, "mva", Map.of(HASH, byClerk)),
                via("mva", "mva-clerk")));

    assertThat(outcome.verdicts())
        .containsKey(new org.zoneledger.protocol.message.EntityKey("identity:mva-clerk"));
    assertThat(ledger.state("claim:asset:car:car-7:" + HASH, ClaimState.class).endorsements())
        .containsEntry("mva", new ClaimState.StoredEndorsement(byClerk, "mva-clerk"));
  }

  @Test
  void anIdentityEndorsingAClaimAboutItselfIsCheckedAsSubjectAndSigner() {
    String hash = ClaimHash.of("claim");
    String signature = endorse("bob", "bob;" + hash);

    var outcome =
        ledger.commit(
            verified(
                endorsementsJson(
                    "CreateIdentityEndorsementsRequest",
                    "\"subjectId\":\"bob\"",
                    "bob",
                    Map.of(hash, signature)),
                plaintexts("claim"),
                by("bob")));

    assertThat(outcome.verdicts()).hasSize(2);
    assertThat(ledger.state("identity:bob", IdentityState.class).claims()).containsExactly(hash);
  }
}
