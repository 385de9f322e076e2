package org.zoneledger.protocol.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.request.AddDelegate;
import org.zoneledger.protocol.request.AddQuantity;
import org.zoneledger.protocol.request.AssetKind;
import org.zoneledger.protocol.request.ClaimHash;
import org.zoneledger.protocol.request.CreateClaims;
import org.zoneledger.protocol.request.CreateEndorsements;
import org.zoneledger.protocol.request.DefineAssetType;
import org.zoneledger.protocol.request.EntityRef;
import org.zoneledger.protocol.request.LedgerRequest;
import org.zoneledger.protocol.request.Transfer;
import org.zoneledger.protocol.request.Transfers;

class SignerRulesTest {
  private static final EntityRef CAR = EntityRef.asset("car", "car-7");
  private static final EntityRef ACC_ALICE = EntityRef.asset("eur", "acc-alice");
  private static final EntityRef CAR_TYPE = EntityRef.assetType("car");
  private static final String HASH = ClaimHash.of("claim");

  private final Map<EntityRef, String> owners = new HashMap<>();
  private final Set<String> claims = new HashSet<>();
  private final OwnershipView view =
      new OwnershipView() {
        @Override
        public Optional<String> ownerOf(EntityRef entity) {
          return Optional.ofNullable(owners.get(entity));
        }

        @Override
        public boolean claimExists(EntityRef subject, String hash) {
          return claims.contains(subject + hash);
        }
      };

  SignerRulesTest() {
    for (String id : List.of("alice", "bob", "mva")) {
      owners.put(EntityRef.identity(id), id);
    }
    owners.put(CAR, "alice");
    owners.put(ACC_ALICE, "alice");
    owners.put(CAR_TYPE, "mva");
  }

  private AuthorisationDecision check(LedgerRequest request, String... principals) {
    return SignerRules.check(request, Set.of(principals), view);
  }

  @Test
  void aTransferWithoutItsFromOwnersAuthorisationIsMissingThatAuthorisation() {
    Transfers swap =
        new Transfers(
            "r-6",
            List.of(
                new Transfer.Ownership("car", "car-7", "alice", "bob"),
                new Transfer.Quantity("eur", "acc-alice", "acc-bob", BigInteger.TEN)));

    AuthorisationDecision decision = check(swap, "bob");

    assertThat(decision.authorised()).isFalse();
    assertThat(decision.errorCode()).isEqualTo(ErrorCode.MISSING_AUTHORISATION);
    assertThat(decision.reason()).contains("'alice'").contains("asset car/car-7");
    assertThat(check(swap, "alice").authorised()).isTrue();
  }

  @Test
  void aQuantityTransferNeedsTheSourceAccountsOwnerNotTheReceiver() {
    Transfers pay =
        new Transfers(
            "r", List.of(new Transfer.Quantity("eur", "acc-alice", "acc-bob", BigInteger.ONE)));
    assertThat(check(pay, "alice").authorised()).isTrue();
    assertThat(check(pay, "bob").reason())
        .isEqualTo(
            "Transferring quantity from asset eur/acc-alice needs the authorisation of the owner of"
                + " asset eur/acc-alice, 'alice'");
  }

  @Test
  void aTransferFromAnAccountThatDoesNotExistIsNotFound() {
    Transfers pay =
        new Transfers(
            "r", List.of(new Transfer.Quantity("eur", "acc-ghost", "acc-bob", BigInteger.ONE)));
    assertThat(check(pay, "alice").errorCode()).isEqualTo(ErrorCode.NOT_FOUND);
  }

  @Test
  void addDelegateNeedsBothTheDelegatorAndTheDelegate() {
    AddDelegate add = new AddDelegate("r", "bob", "alice");
    assertThat(check(add, "alice").reason()).contains("the delegate 'bob'");
    assertThat(check(add, "bob").reason()).contains("the delegator 'alice'");
    assertThat(check(add, "alice", "bob").authorised()).isTrue();
  }

  @Test
  void claimsOnAnAssetNeedItsOwnerNotTheTypeOwner() {
    CreateClaims onCar = new CreateClaims("r", CAR, List.of(HASH));
    assertThat(check(onCar, "alice").authorised()).isTrue();
    assertThat(check(onCar, "mva").errorCode()).isEqualTo(ErrorCode.MISSING_AUTHORISATION);
    assertThat(check(new CreateClaims("r", CAR_TYPE, List.of(HASH)), "mva").authorised()).isTrue();
  }

  @Test
  void endorsingExistingClaimsNeedsOnlyTheEndorser() {
    claims.add(CAR + HASH);
    CreateEndorsements endorse = new CreateEndorsements("r", CAR, "mva", Map.of(HASH, "sig"));
    assertThat(check(endorse, "mva").authorised()).isTrue();
    assertThat(check(endorse, "alice").reason()).contains("the endorser 'mva'");
  }

  @Test
  void endorsingAClaimThatDoesNotExistYetNeedsTheSubjectsOwnerToo() {
    CreateEndorsements endorse = new CreateEndorsements("r", CAR, "mva", Map.of(HASH, "sig"));
    assertThat(check(endorse, "mva").reason())
        .contains("Creating claim " + HASH)
        .contains("'alice'");
    assertThat(check(endorse, "mva", "alice").authorised()).isTrue();
  }

  @Test
  void creatingAnAssetTypeNeedsARegisteredIdentity() {
    DefineAssetType define = new DefineAssetType("r", "gold", AssetKind.QUANTIFIABLE, 2);
    assertThat(check(define, "bob").authorised()).isTrue();
    assertThat(check(define, "stranger").reason())
        .isEqualTo(
            "Creating /api/v1/asset-types/gold needs the authorisation of a registered identity");
  }

  @Test
  void addQuantityNeedsTheAccountOwner() {
    AddQuantity mint = new AddQuantity("r", "acc-alice", "eur", BigInteger.TEN);
    assertThat(check(mint, "alice").authorised()).isTrue();
    assertThat(check(mint, "bob").authorised()).isFalse();
  }

  @Test
  void requirementsAreDataTheValidatorCanInspect() {
    assertThat(SignerRules.requirements(new AddDelegate("r", "bob", "alice")))
        .containsExactly(
            new Requirement.SignedBy("alice", "the delegator"),
            new Requirement.SignedBy("bob", "the delegate"));
  }
}
