package org.zoneledger.consensus.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.KeyPair;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zoneledger.consensus.domain.EntityState;
import org.zoneledger.protocol.auth.RequestSigning;
import org.zoneledger.protocol.auth.RequestVerifier;
import org.zoneledger.protocol.auth.Signatory;
import org.zoneledger.protocol.auth.SignatureCache;
import org.zoneledger.protocol.auth.SignedPut;
import org.zoneledger.protocol.auth.VerificationMode;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.crypto.Base64Url;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.crypto.Signatures;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.RollbackReason;
import org.zoneledger.protocol.request.AddQuantity;
import org.zoneledger.protocol.request.EntityKind;
import org.zoneledger.protocol.request.PropertyOrder;
import org.zoneledger.protocol.request.PublicCredentials;

/** {@link DefaultLedgerRules#signerProblem}: signers checked against committed identities. */
class SignerProblemTest {
  private final SignatureCache signatures = new SignatureCache(100);
  private final DefaultLedgerRules rules = new DefaultLedgerRules(signatures);
  private final Map<EntityKey, EntityState> committed = new HashMap<>();
  private final KeyPair aliceKey = Signatures.generateKeyPair(SignatureAlgorithm.P256_SHA256);
  private final KeyPair botKey = Signatures.generateKeyPair(SignatureAlgorithm.P256_SHA256);
  private final Signatory alice =
      Signatory.of("alice", SignatureAlgorithm.P256_SHA256, aliceKey.getPrivate());
  private final Signatory botForAlice =
      Signatory.of("bot", SignatureAlgorithm.P256_SHA256, botKey.getPrivate()).onBehalfOf("alice");

  private void register(String id, KeyPair key, Set<String> delegates) {
    IdentityState state =
        new IdentityState(
            id,
            List.of(
                new PublicCredentials(
                    Base64Url.encode(key.getPublic().getEncoded()),
                    SignatureAlgorithm.P256_SHA256.protocolId())),
            delegates,
            Set.of(),
            Permissions.defaults(EntityKind.IDENTITY),
            id);
    committed.put(state.key(), state);
  }

  private static VerifiedRequest mint(Signatory signer, String amount) {
    AddQuantity mint = new AddQuantity("r-1", "acc", "eur", new BigInteger(amount));
    SignedPut put =
        RequestSigning.sign(mint, PropertyOrder.JAVA_SDK, List.of(signer), signer, null);
    return RequestVerifier.checkWithoutSigners(
        VerificationMode.IOV42, "r-1", put.body(), put.headers());
  }

  private Optional<RollbackReason> problem(VerifiedRequest request) {
    return rules.signerProblem(request, key -> Optional.ofNullable(committed.get(key)));
  }

  @Test
  void aSignerThisNodeHasNotCommittedIsAnUnknownSigner() {
    assertThat(problem(mint(alice, "5")))
        .hasValueSatisfying(
            r -> {
              assertThat(r.errorType()).isEqualTo(ErrorCode.UNKNOWN_SIGNER.type());
              assertThat(r.message()).contains("'alice'");
            });
  }

  @Test
  void aSignerWhoseCommittedKeySignedIsAuthorised() {
    register("alice", aliceKey, Set.of());
    assertThat(problem(mint(alice, "5"))).isEmpty();
  }

  @Test
  void aSignatureNotMadeWithTheCommittedKeyIsInvalid() {
    register("alice", botKey, Set.of());
    assertThat(problem(mint(alice, "5")))
        .map(RollbackReason::errorType)
        .contains(ErrorCode.SIGNATURE_INVALID.type());
  }

  @Test
  void aDelegateCountsOnlyOnceItsDelegationIsCommitted() {
    register("alice", aliceKey, Set.of());
    register("bot", botKey, Set.of());
    assertThat(problem(mint(botForAlice, "5")))
        .map(RollbackReason::errorType)
        .contains(ErrorCode.DELEGATE_NOT_REGISTERED.type());

    register("alice", aliceKey, Set.of("bot"));
    assertThat(problem(mint(botForAlice, "5"))).isEmpty();
  }

  @Test
  void theSecondCheckOfAnAuthorisedRequestVerifiesNoSignature() {
    register("alice", aliceKey, Set.of());
    VerifiedRequest request = mint(alice, "5");
    assertThat(problem(request)).isEmpty();
    long first = signatures.verificationsPerformed();

    assertThat(problem(request)).isEmpty();
    assertThat(first).isPositive();
    assertThat(signatures.verificationsPerformed()).isEqualTo(first);
  }

  @Test
  void aRequestThatFailedIsCheckedAgainAndPassesOnceItsSignerIsRegistered() {
    register("alice", botKey, Set.of());
    VerifiedRequest request = mint(alice, "5");
    assertThat(problem(request)).isPresent();
    long first = signatures.verificationsPerformed();

    assertThat(problem(request)).isPresent();
    assertThat(signatures.verificationsPerformed()).isEqualTo(2 * first);

    committed.clear();
    assertThat(problem(request))
        .map(RollbackReason::errorType)
        .contains(ErrorCode.UNKNOWN_SIGNER.type());
    register("alice", aliceKey, Set.of());
    assertThat(problem(request)).isEmpty();
  }

  @Test
  void aSignerWhoseCachedSignatureVerifiedIsStillAskedOfTheCommittedState() {
    register("alice", aliceKey, Set.of());
    VerifiedRequest request = mint(alice, "5");
    assertThat(problem(request)).isEmpty();

    committed.clear();
    assertThat(problem(request))
        .map(RollbackReason::errorType)
        .contains(ErrorCode.UNKNOWN_SIGNER.type());
  }
}
