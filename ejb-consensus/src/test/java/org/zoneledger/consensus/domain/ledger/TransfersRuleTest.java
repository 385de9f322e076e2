package org.zoneledger.consensus.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zoneledger.consensus.domain.ledger.Requests.by;
import static org.zoneledger.consensus.domain.ledger.Requests.createAsset;
import static org.zoneledger.consensus.domain.ledger.Requests.defineQuantifiable;
import static org.zoneledger.consensus.domain.ledger.Requests.defineUnique;
import static org.zoneledger.consensus.domain.ledger.Requests.issueIdentity;
import static org.zoneledger.consensus.domain.ledger.Requests.ownership;
import static org.zoneledger.consensus.domain.ledger.Requests.quantity;
import static org.zoneledger.consensus.domain.ledger.Requests.transfersJson;
import static org.zoneledger.consensus.domain.ledger.Requests.verified;

import java.math.BigInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zoneledger.consensus.domain.EntityVerdict;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;

class TransfersRuleTest {
  private final TestLedger ledger = new TestLedger();

  @BeforeEach
  void aliceHasACarAndBobHasEuros() {
    for (String id : new String[] {"mva", "bank", "alice", "bob", "carol"}) {
      ledger.commit(issueIdentity(id));
    }
    ledger.commit(defineUnique("mva", "car"));
    ledger.commit(defineQuantifiable("bank", "eur", 2));
    ledger.commit(createAsset("alice", "car", "car-7", null));
    ledger.commit(createAsset("alice", "eur", "acc-alice", "0"));
    ledger.commit(createAsset("bob", "eur", "acc-bob", "1250000"));
    ledger.commit(createAsset("carol", "eur", "acc-carol", "50"));
  }

  @Test
  void theOwnerTransfersAUniqueAsset() {
    var outcome =
        ledger.commit(
            verified(transfersJson(ownership("car", "car-7", "alice", "bob")), by("alice")));

    assertThat(outcome.verdicts()).hasSize(2);
    assertThat(owner("asset:car:car-7")).isEqualTo("bob");
  }

  @Test
  void anOwnershipTransferFromSomeoneWhoIsNotTheOwnerIsRefused() {
    var outcome =
        ledger.submit(
            verified(transfersJson(ownership("car", "car-7", "bob", "carol")), by("bob")));

    assertThat(outcome.reason().errorCode()).isEqualTo(ErrorCode.NOT_OWNER.code());
    assertThat(outcome.reason().message()).contains("its owner is 'alice'");
    assertThat(owner("asset:car:car-7")).isEqualTo("alice");
  }

  @Test
  void anOwnershipTransferNotAuthorisedByTheOwnerIsRefused() {
    var outcome =
        ledger.submit(
            verified(transfersJson(ownership("car", "car-7", "alice", "bob")), by("bob")));

    assertThat(outcome.reason().errorCode()).isEqualTo(ErrorCode.MISSING_AUTHORISATION.code());
  }

  @Test
  void anOwnershipTransferToAnUnknownIdentityIsRefusedByTheRecipient() {
    var outcome =
        ledger.submit(
            verified(transfersJson(ownership("car", "car-7", "alice", "ghost")), by("alice")));

    assertThat(outcome.verdict("identity:ghost")).isInstanceOf(EntityVerdict.Rollback.class);
    assertThat(outcome.reason().errorCode()).isEqualTo(ErrorCode.NOT_FOUND.code());
  }

  @Test
  void aQuantityTransferMovesTheAmountBetweenAccounts() {
    ledger.commit(
        verified(transfersJson(quantity("eur", "acc-bob", "acc-alice", "5000")), by("bob")));

    assertThat(balance("asset:eur:acc-bob")).isEqualTo(1245000);
    assertThat(balance("asset:eur:acc-alice")).isEqualTo(5000);
  }

  @Test
  void aTransferExceedingTheBalanceIsRefusedByTheSourceAccount() {
    var outcome =
        ledger.submit(
            verified(transfersJson(quantity("eur", "acc-carol", "acc-alice", "51")), by("carol")));

    assertThat(outcome.verdict("asset:eur:acc-carol")).isInstanceOf(EntityVerdict.Rollback.class);
    assertThat(outcome.verdict("asset:eur:acc-alice")).isInstanceOf(EntityVerdict.Commit.class);
    assertThat(outcome.reason().errorCode()).isEqualTo(ErrorCode.INSUFFICIENT_BALANCE.code());
    assertThat(outcome.reason().message()).contains("holds 50").contains("takes 51");
    assertThat(balance("asset:eur:acc-carol")).isEqualTo(50);
  }

  @Test
  void aQuantityTransferNotAuthorisedByTheSourceOwnerIsRefused() {
    var outcome =
        ledger.submit(
            verified(transfersJson(quantity("eur", "acc-bob", "acc-alice", "1")), by("alice")));

    assertThat(outcome.reason().errorCode()).isEqualTo(ErrorCode.MISSING_AUTHORISATION.code());
  }

  @Test
  void aQuantityTransferNamingAnotherTypeFindsNoAccount() {
    ledger.commit(defineQuantifiable("bank", "usd", 2));

    var outcome =
        ledger.submit(
            verified(transfersJson(quantity("usd", "acc-bob", "acc-alice", "1")), by("bob")));

    assertThat(outcome.reasons())
        .hasSize(2)
        .allSatisfy(r -> assertThat(r.errorCode()).isEqualTo(ErrorCode.NOT_FOUND.code()));
  }

  @Test
  void aQuantityTransferFromAUniqueAssetIsRefused() {
    var outcome =
        ledger.submit(
            verified(transfersJson(quantity("car", "car-7", "acc-alice", "1")), by("alice")));

    assertThat(outcome.verdict("asset:car:car-7")).isInstanceOf(EntityVerdict.Rollback.class);
  }

  @Test
  void theSwapOfACarForEurosAppliesBothLegs() {
    ledger.commit(
        verified(
            transfersJson(
                ownership("car", "car-7", "alice", "bob"),
                quantity("eur", "acc-bob", "acc-alice", "1250000")),
            by("alice"),
            by("bob")));

    assertThat(owner("asset:car:car-7")).isEqualTo("bob");
    assertThat(balance("asset:eur:acc-bob")).isZero();
    assertThat(balance("asset:eur:acc-alice")).isEqualTo(1250000);
  }

  @Test
  void aSwapWithAnUncoveredLegRollsBackThatEntityAndAppliesNeitherLeg() {
    var outcome =
        ledger.submit(
            verified(
                transfersJson(
                    ownership("car", "car-7", "alice", "bob"),
                    quantity("eur", "acc-bob", "acc-alice", "1250001")),
                by("alice"),
                by("bob")));

    assertThat(outcome.verdict("asset:car:car-7")).isInstanceOf(EntityVerdict.Commit.class);
    assertThat(outcome.verdict("asset:eur:acc-bob")).isInstanceOf(EntityVerdict.Rollback.class);
    assertThat(outcome.committed()).isFalse();
    assertThat(owner("asset:car:car-7")).isEqualTo("alice");
    assertThat(balance("asset:eur:acc-alice")).isZero();
  }

  @Test
  void severalItemsOnOneAccountAreNettedBeforeTheBalanceCheck() {
    // carol holds 50 and pays 80 to alice while bob pays her 40: net -40, covered.
    ledger.commit(
        verified(
            transfersJson(
                quantity("eur", "acc-carol", "acc-alice", "80"),
                quantity("eur", "acc-bob", "acc-carol", "40")),
            by("carol"),
            by("bob")));

    assertThat(balance("asset:eur:acc-carol")).isEqualTo(10);
    assertThat(balance("asset:eur:acc-alice")).isEqualTo(80);
    assertThat(balance("asset:eur:acc-bob")).isEqualTo(1249960);
  }

  @Test
  void nettedOutflowBeyondTheBalanceIsRefused() {
    var outcome =
        ledger.submit(
            verified(
                transfersJson(
                    quantity("eur", "acc-carol", "acc-alice", "30"),
                    quantity("eur", "acc-carol", "acc-bob", "30")),
                by("carol")));

    assertThat(outcome.reason().errorCode()).isEqualTo(ErrorCode.INSUFFICIENT_BALANCE.code());
    assertThat(outcome.reason().message()).contains("takes 60");
  }

  @Test
  void theOwnerTransfersAWholeAccountKeepingItsBalance() {
    ledger.commit(
        verified(transfersJson(ownership("eur", "acc-carol", "carol", "bob")), by("carol")));

    assertThat(owner("asset:eur:acc-carol")).isEqualTo("bob");
    assertThat(balance("asset:eur:acc-carol")).isEqualTo(50);
  }

  @Test
  void touchedEntitiesAreSortedAndDistinct() {
    VerifiedRequest request =
        verified(
            transfersJson(
                quantity("eur", "acc-carol", "acc-alice", "1"),
                quantity("eur", "acc-bob", "acc-alice", "1"),
                ownership("car", "car-7", "alice", "bob")),
            by("alice"),
            by("bob"),
            by("carol"));

    assertThat(ledger.rules.touchedEntities(request))
        .extracting(k -> k.value())
        .containsExactly(
            "asset:car:car-7",
            "asset:eur:acc-alice",
            "asset:eur:acc-bob",
            "asset:eur:acc-carol",
            "identity:bob");
  }

  @Test
  void aTransferToTheSameAccountIsMalformed() {
    VerifiedRequest request =
        verified(transfersJson(quantity("eur", "acc-bob", "acc-bob", "1")), by("bob"));

    assertThatThrownBy(() -> ledger.rules.touchedEntities(request))
        .isInstanceOf(ProtocolException.class);
  }

  private String owner(String key) {
    return ledger.state(key, AssetState.class).ownerId();
  }

  private long balance(String key) {
    BigInteger balance = ledger.state(key, AssetState.class).balance().orElseThrow();
    return balance.longValueExact();
  }
}
