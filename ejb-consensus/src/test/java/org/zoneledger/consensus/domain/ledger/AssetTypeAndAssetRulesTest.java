package org.zoneledger.consensus.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zoneledger.consensus.domain.ledger.Requests.addQuantityJson;
import static org.zoneledger.consensus.domain.ledger.Requests.by;
import static org.zoneledger.consensus.domain.ledger.Requests.createAsset;
import static org.zoneledger.consensus.domain.ledger.Requests.defineAssetTypeJson;
import static org.zoneledger.consensus.domain.ledger.Requests.defineQuantifiable;
import static org.zoneledger.consensus.domain.ledger.Requests.defineUnique;
import static org.zoneledger.consensus.domain.ledger.Requests.issueIdentity;
import static org.zoneledger.consensus.domain.ledger.Requests.verified;

import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.request.AssetKind;

class AssetTypeAndAssetRulesTest {
  private static final String ALL_GRANT =
      "{\"Everyone\":\"Grant\",\"TypeOwner\":\"Grant\",\"InstanceOwner\":\"Grant\"}";
  private final TestLedger ledger = new TestLedger();

  @BeforeEach
  void identities() {
    ledger.commit(issueIdentity("mva"));
    ledger.commit(issueIdentity("alice"));
    ledger.commit(issueIdentity("bob"));
  }

  @Test
  void aUniqueTypeIsOwnedByItsCreatorAndHasNoScale() {
    ledger.commit(defineUnique("mva", "car"));

    AssetTypeState car = ledger.state("asset-type:car", AssetTypeState.class);
    assertThat(car.ownerId()).isEqualTo("mva");
    assertThat(car.kind()).isEqualTo(AssetKind.UNIQUE);
    assertThat(car.scale()).isEqualTo(-1);
  }

  @Test
  void aQuantifiableTypeKeepsItsScale() {
    ledger.commit(defineQuantifiable("bank", "eur", 2));

    assertThat(ledger.state("asset-type:eur", AssetTypeState.class).scale()).isEqualTo(2);
  }

  @Test
  void definingAnExistingTypeAgainIsRefused() {
    ledger.commit(defineUnique("mva", "car"));

    var outcome = ledger.submit(defineUnique("alice", "car"));

    assertThat(outcome.reason().errorCode()).isEqualTo(ErrorCode.ALREADY_EXISTS.code());
    assertThat(ledger.state("asset-type:car", AssetTypeState.class).ownerId()).isEqualTo("mva");
  }

  @Test
  void anyoneCreatesAUniqueAssetOfSomeoneElsesTypeAndOwnsIt() {
    ledger.commit(defineUnique("mva", "car"));

    ledger.commit(createAsset("alice", "car", "car-7", null));

    AssetState car = ledger.state("asset:car:car-7", AssetState.class);
    assertThat(car.ownerId()).isEqualTo("alice");
    assertThat(car.isAccount()).isFalse();
  }

  @Test
  void anAccountStartsWithItsInitialQuantityIncludingZero() {
    ledger.commit(defineQuantifiable("mva", "eur", 2));

    ledger.commit(createAsset("alice", "eur", "acc-a", "100"));
    ledger.commit(createAsset("bob", "eur", "acc-b", "0"));

    assertThat(ledger.state("asset:eur:acc-a", AssetState.class).balance())
        .contains(BigInteger.valueOf(100));
    assertThat(ledger.state("asset:eur:acc-b", AssetState.class).balance())
        .contains(BigInteger.ZERO);
  }

  @Test
  void anAssetOfAnUnknownTypeIsRefusedByTheTypeEntity() {
    var outcome = ledger.submit(createAsset("alice", "car", "car-7", null));

    assertThat(outcome.reason().errorCode()).isEqualTo(ErrorCode.NOT_FOUND.code());
    assertThat(outcome.verdict("asset-type:car"))
        .isInstanceOf(org.zoneledger.consensus.domain.EntityVerdict.Rollback.class);
    assertThat(ledger.has("asset:car:car-7")).isFalse();
  }

  @Test
  void aQuantityOnAUniqueTypeIsRefused() {
    ledger.commit(defineUnique("mva", "car"));

    var outcome = ledger.submit(createAsset("alice", "car", "car-7", "1"));

    assertThat(outcome.reason().errorCode()).isEqualTo(ErrorCode.ASSET_KIND_MISMATCH.code());
  }

  @Test
  void anAccountWithoutQuantityIsRefused() {
    ledger.commit(defineQuantifiable("mva", "eur", 2));

    var outcome = ledger.submit(createAsset("alice", "eur", "acc-a", null));

    assertThat(outcome.reason().errorCode()).isEqualTo(ErrorCode.ASSET_KIND_MISMATCH.code());
    assertThat(outcome.reason().message()).contains("Quantifiable");
  }

  @Test
  void creatingAnExistingAssetIsRefused() {
    ledger.commit(defineUnique("mva", "car"));
    ledger.commit(createAsset("alice", "car", "car-7", null));

    var outcome = ledger.submit(createAsset("bob", "car", "car-7", null));

    assertThat(outcome.reason().errorCode()).isEqualTo(ErrorCode.ALREADY_EXISTS.code());
    assertThat(ledger.state("asset:car:car-7", AssetState.class).ownerId()).isEqualTo("alice");
  }

  @Test
  void aTypeReservingInstancesToItsOwnerRefusesOthers() {
    String onlyOwner = ",\"permissions\":{\"instances\":{\"create\":{\"TypeOwner\":\"Grant\"}}}";
    ledger.commit(
        verified(defineAssetTypeJson("car", "\"type\":\"Unique\"", onlyOwner), by("mva")));

    var outcome = ledger.submit(createAsset("alice", "car", "car-7", null));
    ledger.commit(createAsset("mva", "car", "car-8", null));

    assertThat(outcome.reason().errorCode()).isEqualTo(ErrorCode.PERMISSION_DENIED.code());
  }

  @Test
  void addQuantityByTheOwnerWhoOwnsTheTypeAddsToTheBalance() {
    ledger.commit(defineQuantifiable("alice", "eur", 2));
    ledger.commit(createAsset("alice", "eur", "acc-a", "100"));

    ledger.commit(verified(addQuantityJson("eur", "acc-a", "100"), by("alice")));

    assertThat(ledger.state("asset:eur:acc-a", AssetState.class).balance())
        .contains(BigInteger.valueOf(200));
  }

  @Test
  void addQuantityByAnAccountOwnerWhoDoesNotOwnTheTypeIsDeniedByDefault() {
    ledger.commit(defineQuantifiable("mva", "eur", 2));
    ledger.commit(createAsset("alice", "eur", "acc-a", "100"));

    var outcome = ledger.submit(verified(addQuantityJson("eur", "acc-a", "100"), by("alice")));

    assertThat(outcome.reason().errorCode()).isEqualTo(ErrorCode.PERMISSION_DENIED.code());
    assertThat(outcome.verdict("asset:eur:acc-a"))
        .isInstanceOf(org.zoneledger.consensus.domain.EntityVerdict.Commit.class);
    assertThat(ledger.state("asset:eur:acc-a", AssetState.class).balance())
        .contains(BigInteger.valueOf(100));
  }

  @Test
  void addQuantityIsAllowedToAnyOwnerWhenTheTypeGrantsItToEveryone() {
    String permissions = ",\"permissions\":{\"instances\":{\"addQuantity\":" + ALL_GRANT + "}}";
    ledger.commit(
        verified(
            defineAssetTypeJson("eur", "\"type\":\"Quantifiable\",\"scale\":2", permissions),
            by("mva")));
    ledger.commit(createAsset("alice", "eur", "acc-a", "1"));

    ledger.commit(verified(addQuantityJson("eur", "acc-a", "9"), by("alice")));

    assertThat(ledger.state("asset:eur:acc-a", AssetState.class).balance())
        .isEqualTo(Optional.of(BigInteger.TEN));
  }

  @Test
  void addQuantityWithoutTheAccountOwnersAuthorisationIsRefusedByTheAccount() {
    ledger.commit(defineQuantifiable("mva", "eur", 2));
    ledger.commit(createAsset("alice", "eur", "acc-a", "100"));

    var outcome = ledger.submit(verified(addQuantityJson("eur", "acc-a", "5"), by("mva")));

    assertThat(outcome.reason().errorCode()).isEqualTo(ErrorCode.MISSING_AUTHORISATION.code());
    assertThat(outcome.reason().message()).contains("owner 'alice'");
  }

  @Test
  void addQuantityToAUniqueAssetIsRefused() {
    ledger.commit(defineUnique("mva", "car"));
    ledger.commit(createAsset("mva", "car", "car-7", null));

    var outcome = ledger.submit(verified(addQuantityJson("car", "car-7", "5"), by("mva")));

    assertThat(outcome.reasons())
        .allSatisfy(r -> assertThat(r.errorCode()).isEqualTo(ErrorCode.ASSET_KIND_MISMATCH.code()))
        .hasSize(2);
  }
}
