package org.zoneledger.consensus.domain.ledger;

import static org.zoneledger.protocol.error.ErrorCode.ALREADY_EXISTS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zoneledger.consensus.domain.EntityState;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.message.RollbackReason;
import org.zoneledger.protocol.request.CreateClaims;

/**
 * {@code Create{Identity,AssetType,Asset}ClaimsRequest}. The subject entity: exists, grants {@code
 * createClaim} to a principal (default: its owner, spec §9.7), holds none of the claims yet, and
 * records their hashes. Each claim entity: does not exist, its plaintext is in the claims header
 * and hashes to it; it stores the hash only (never the plaintext).
 */
final class CreateClaimsRule implements RequestRule<CreateClaims> {

  @Override
  public List<LedgerKey> touched(CreateClaims request, VerifiedRequest verified) {
    List<LedgerKey> keys = new ArrayList<>();
    keys.add(LedgerKey.of(request.subject()));
    request.claims().forEach(hash -> keys.add(new LedgerKey.ClaimKey(request.subject(), hash)));
    return keys;
  }

  @Override
  public Optional<RollbackReason> check(
      CreateClaims request,
      VerifiedRequest verified,
      LedgerKey key,
      Optional<EntityState> current) {
    if (key instanceof LedgerKey.ClaimKey claim) {
      if (current.isPresent()) {
        return exists(request, claim.hash());
      }
      return SubjectCheck.plaintextMatches(verified, claim.hash());
    }
    Optional<? extends ClaimSubject> subject = SubjectCheck.subject(request.subject(), current);
    if (subject.isEmpty()) {
      return SubjectCheck.notFound(request.subject());
    }
    Optional<RollbackReason> denied =
        SubjectCheck.permitted(
            subject.get(),
            request.subject(),
            PermissionAction.CREATE_CLAIM,
            verified.principals(),
            "create claims on");
    if (denied.isPresent()) {
      return denied;
    }
    for (String hash : request.claims()) {
      if (subject.get().claims().contains(hash)) {
        return exists(request, hash);
      }
    }
    return Refusal.none();
  }

  @Override
  public EntityState apply(
      CreateClaims request,
      VerifiedRequest verified,
      LedgerKey key,
      Optional<EntityState> current) {
    if (key instanceof LedgerKey.ClaimKey claim) {
      return new ClaimState(
          request.subject(),
          claim.hash(),
          States.delegateOf(verified, States.creator(verified)),
          Map.of());
    }
    return SubjectCheck.subject(request.subject(), current)
        .orElseThrow()
        .withClaims(request.claims());
  }

  private static Optional<RollbackReason> exists(CreateClaims request, String hash) {
    return Refusal.of(
        ALREADY_EXISTS,
        "Claim "
            + hash
            + " on the "
            + SubjectCheck.describe(request.subject())
            + " already exists");
  }
}
