package org.zoneledger.consensus.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zoneledger.consensus.domain.ledger.Requests.by;
import static org.zoneledger.consensus.domain.ledger.Requests.createAsset;
import static org.zoneledger.consensus.domain.ledger.Requests.defineQuantifiable;
import static org.zoneledger.consensus.domain.ledger.Requests.issueIdentity;
import static org.zoneledger.consensus.domain.ledger.Requests.quantity;
import static org.zoneledger.consensus.domain.ledger.Requests.transfersJson;
import static org.zoneledger.consensus.domain.ledger.Requests.verified;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zoneledger.consensus.domain.EntityState;
import org.zoneledger.consensus.domain.EntityVerdict;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.request.ClaimHash;
import org.zoneledger.protocol.request.EntityRef;

class LedgerKeyAndDigestTest {

  @Test
  void everyKeyKindParsesBackToItself() {
    String hash = ClaimHash.of("claim");
    List<LedgerKey> keys =
        List.of(
            new LedgerKey.IdentityKey("alice"),
            new LedgerKey.AssetTypeKey("eur"),
            new LedgerKey.AssetKey("eur", "acc-1"),
            new LedgerKey.ClaimKey(EntityRef.identity("alice"), hash),
            new LedgerKey.ClaimKey(EntityRef.assetType("eur"), hash),
            new LedgerKey.ClaimKey(EntityRef.asset("car", "car-7"), hash));

    for (LedgerKey key : keys) {
      assertThat(LedgerKey.parse(key.entityKey())).isEqualTo(key);
    }
    assertThat(keys.get(5).entityKey().value()).isEqualTo("claim:asset:car:car-7:" + hash);
  }

  @Test
  void aKeyOutsideTheSchemeIsRejected() {
    assertThatThrownBy(() -> LedgerKey.parse(new EntityKey("asset:eur")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LedgerKey.parse(new EntityKey("claim:asset:x:h")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void twoLedgersThatAppliedTheSameRequestsHaveTheSameDigestWhateverTheOrderGiven() {
    TestLedger one = bank();
    TestLedger two = bank();

    List<EntityState> reversed = new ArrayList<>(two.states().values());
    Collections.reverse(reversed);

    assertThat(StateDigest.of(one.states().values())).isEqualTo(StateDigest.of(reversed));
  }

  @Test
  void oneMoreTransferChangesTheDigest() {
    TestLedger one = bank();
    TestLedger two = bank();

    two.commit(verified(transfersJson(quantity("eur", "acc-b", "acc-a", "1")), by("bob")));

    assertThat(StateDigest.of(one.states().values()))
        .isNotEqualTo(StateDigest.of(two.states().values()));
  }

  @Test
  void theCommitDigestIsTheDigestOfTheStateThatApplyProduces() {
    TestLedger ledger = bank();
    VerifiedRequest request =
        verified(transfersJson(quantity("eur", "acc-b", "acc-a", "1")), by("bob"));
    EntityKey key = new EntityKey("asset:eur:acc-a");
    Optional<EntityState> current = Optional.of(ledger.state(key.value(), AssetState.class));

    EntityVerdict verdict = ledger.rules.check(request, key, current);

    assertThat(verdict)
        .isEqualTo(
            new EntityVerdict.Commit(
                DefaultLedgerRules.changeDigest(
                    request, key, ledger.rules.apply(request, key, current))));
  }

  @Test
  void checkingAnEntityTheRequestDoesNotTouchIsAProgrammingError() {
    TestLedger ledger = bank();
    VerifiedRequest request =
        verified(transfersJson(quantity("eur", "acc-b", "acc-a", "1")), by("bob"));

    assertThatThrownBy(
            () -> ledger.rules.check(request, new EntityKey("identity:bob"), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static TestLedger bank() {
    TestLedger ledger = new TestLedger();
    ledger.commit(issueIdentity("alice"));
    ledger.commit(issueIdentity("bob"));
    ledger.commit(defineQuantifiable("bob", "eur", 2));
    ledger.commit(createAsset("alice", "eur", "acc-a", "0"));
    ledger.commit(createAsset("bob", "eur", "acc-b", "100"));
    return ledger;
  }
}
