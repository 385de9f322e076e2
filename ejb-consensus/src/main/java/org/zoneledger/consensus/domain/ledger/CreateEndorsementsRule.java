package org.zoneledger.consensus.domain.ledger;

import static org.zoneledger.protocol.error.ErrorCode.ALREADY_EXISTS;
import static org.zoneledger.protocol.error.ErrorCode.NOT_FOUND;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zoneledger.consensus.domain.EntityState;
import org.zoneledger.protocol.auth.SignatureEntry;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.message.RollbackReason;
import org.zoneledger.protocol.request.CreateEndorsements;

/**
 * {@code Create{Identity,AssetType,Asset}EndorsementsRequest}. The subject entity: exists, grants
 * {@code endorseClaim} to the endorser (default: everyone), and — for claims it does not hold yet,
 * which this request creates — grants {@code createClaim} to a principal (default: its owner, spec
 * §3.8); it records the new hashes. Each claim entity: a new one needs its plaintext (hashing to
 * it); the endorser must not have endorsed it before; it stores the signature verbatim with the
 * delegate that made it. The identity whose key signed the endorser's authorisation checks every
 * endorsement signature ({@link EndorsementSignatures}); it is not changed.
 */
final class CreateEndorsementsRule implements RequestRule<CreateEndorsements> {

  @Override
  public List<LedgerKey> touched(CreateEndorsements request, VerifiedRequest verified) {
    List<LedgerKey> keys = new ArrayList<>();
    keys.add(LedgerKey.of(request.subject()));
    request.endorsements().keySet().forEach(h -> keys.add(claimKey(request, h)));
    keys.add(signerKey(request, verified));
    return keys;
  }

  @Override
  public Optional<RollbackReason> check(
      CreateEndorsements request,
      VerifiedRequest verified,
      LedgerKey key,
      Optional<EntityState> current) {
    if (key instanceof LedgerKey.ClaimKey claim) {
      return checkClaim(request, verified, claim, States.as(current, ClaimState.class));
    }
    if (key.equals(signerKey(request, verified))) {
      Optional<IdentityState> signer = States.as(current, IdentityState.class);
      if (signer.isEmpty()) {
        return Refusal.of(NOT_FOUND, "The endorsing identity " + key + " does not exist");
      }
      Optional<RollbackReason> invalid = EndorsementSignatures.check(request, signer.get());
      if (invalid.isPresent() || !key.equals(LedgerKey.of(request.subject()))) {
        return invalid;
      }
    }
    return checkSubject(request, verified, current);
  }

  private static Optional<RollbackReason> checkSubject(
      CreateEndorsements request, VerifiedRequest verified, Optional<EntityState> current) {
    Optional<? extends ClaimSubject> subject = SubjectCheck.subject(request.subject(), current);
    if (subject.isEmpty()) {
      return SubjectCheck.notFound(request.subject());
    }
    Optional<RollbackReason> denied =
        SubjectCheck.permitted(
            subject.get(),
            request.subject(),
            PermissionAction.ENDORSE_CLAIM,
            Set.of(request.endorserId()),
            "endorse claims on");
    boolean createsClaims = !subject.get().claims().containsAll(request.endorsements().keySet());
    if (denied.isEmpty() && createsClaims) {
      return SubjectCheck.permitted(
          subject.get(),
          request.subject(),
          PermissionAction.CREATE_CLAIM,
          verified.principals(),
          "create (while endorsing) claims on");
    }
    return denied;
  }

  private static Optional<RollbackReason> checkClaim(
      CreateEndorsements request,
      VerifiedRequest verified,
      LedgerKey.ClaimKey key,
      Optional<ClaimState> claim) {
    if (claim.isEmpty()) {
      return SubjectCheck.plaintextMatches(verified, key.hash());
    }
    if (claim.get().endorsements().containsKey(request.endorserId())) {
      return Refusal.of(
          ALREADY_EXISTS,
          "'" + request.endorserId() + "' has already endorsed claim " + key.hash());
    }
    return Refusal.none();
  }

  @Override
  public EntityState apply(
      CreateEndorsements request,
      VerifiedRequest verified,
      LedgerKey key,
      Optional<EntityState> current) {
    if (key instanceof LedgerKey.ClaimKey claimKey) {
      SignatureEntry endorser = EndorsementSignatures.endorserAuthorisation(request, verified);
      ClaimState claim =
          States.as(current, ClaimState.class)
              .orElseGet(() -> newClaim(request, verified, claimKey.hash()));
      return claim.withEndorsement(
          request.endorserId(),
          new ClaimState.StoredEndorsement(
              request.endorsements().get(claimKey.hash()), endorser.delegateIdentityId()));
    }
    if (key.equals(LedgerKey.of(request.subject()))) {
      return SubjectCheck.subject(request.subject(), current)
          .orElseThrow()
          .withClaims(request.endorsements().keySet());
    }
    return States.existing(current, IdentityState.class);
  }

  /** A claim created by an endorsement; its delegate is that of the first non-endorser signer. */
  private static ClaimState newClaim(
      CreateEndorsements request, VerifiedRequest verified, String hash) {
    String delegate =
        verified.authorisations().stream()
            .filter(a -> !a.identityId().equals(request.endorserId()))
            .findFirst()
            .map(SignatureEntry::delegateIdentityId)
            .orElse(null);
    return new ClaimState(request.subject(), hash, delegate, Map.of());
  }

  private static LedgerKey claimKey(CreateEndorsements request, String hash) {
    return new LedgerKey.ClaimKey(request.subject(), hash);
  }

  private static LedgerKey signerKey(CreateEndorsements request, VerifiedRequest verified) {
    return new LedgerKey.IdentityKey(
        EndorsementSignatures.endorserAuthorisation(request, verified).signer());
  }
}
