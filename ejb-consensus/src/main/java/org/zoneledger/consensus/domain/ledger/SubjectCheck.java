package org.zoneledger.consensus.domain.ledger;

import static org.zoneledger.protocol.error.ErrorCode.CLAIM_HASH_MISMATCH;
import static org.zoneledger.protocol.error.ErrorCode.CLAIM_PLAINTEXT_MISSING;
import static org.zoneledger.protocol.error.ErrorCode.NOT_FOUND;
import static org.zoneledger.protocol.error.ErrorCode.PERMISSION_DENIED;

import java.util.Optional;
import java.util.Set;
import org.zoneledger.consensus.domain.EntityState;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.message.RollbackReason;
import org.zoneledger.protocol.request.ClaimHash;
import org.zoneledger.protocol.request.EntityKind;
import org.zoneledger.protocol.request.EntityRef;

/** Checks shared by the claim and endorsement rules. */
final class SubjectCheck {
  private SubjectCheck() {}

  /** The subject's state, by the kind of {@code subject}. */
  static Optional<? extends ClaimSubject> subject(
      EntityRef subject, Optional<EntityState> current) {
    return switch (subject.kind()) {
      case IDENTITY -> States.as(current, IdentityState.class);
      case ASSET_TYPE -> States.as(current, AssetTypeState.class);
      case ASSET -> States.as(current, AssetState.class);
    };
  }

  static Optional<RollbackReason> notFound(EntityRef subject) {
    return Refusal.of(NOT_FOUND, "The " + describe(subject) + " does not exist");
  }

  /**
   * Whether one of {@code actors} may do {@code action} on {@code subject}: the subject's owner
   * holds {@code InstanceOwner} (and {@code TypeOwner} on an asset type).
   */
  static Optional<RollbackReason> permitted(
      ClaimSubject subject,
      EntityRef ref,
      PermissionAction action,
      Set<String> actors,
      String doing) {
    RoleMap map = subject.permissions().get(action);
    if (map.allows(actors, subject.typeOwnerId(), subject.ownerId()::equals)) {
      return Refusal.none();
    }
    return Refusal.of(
        PERMISSION_DENIED,
        "None of "
            + States.describe(actors)
            + " may "
            + doing
            + " the "
            + describe(ref)
            + " (owner '"
            + subject.ownerId()
            + "', "
            + action.path()
            + " "
            + map
            + ")");
  }

  /** The plaintext of a claim being created is in the claims header and hashes to it. */
  static Optional<RollbackReason> plaintextMatches(VerifiedRequest verified, String hash) {
    String plaintext = verified.claimPlaintexts().get(hash);
    if (plaintext == null) {
      return Refusal.of(
          CLAIM_PLAINTEXT_MISSING,
          "Claim " + hash + " is created by this request, so X-IOV42-Claims must carry its text");
    }
    if (!ClaimHash.of(plaintext).equals(hash)) {
      return Refusal.of(
          CLAIM_HASH_MISMATCH,
          "The plaintext given in X-IOV42-Claims for claim "
              + hash
              + " does not hash to it (expected base64url(SHA-256(plaintext)))");
    }
    return Refusal.none();
  }

  static String describe(EntityRef subject) {
    return subject.kind() == EntityKind.ASSET
        ? "asset '" + subject.id() + "' of type '" + subject.typeId() + "'"
        : (subject.kind() == EntityKind.IDENTITY ? "identity '" : "asset type '")
            + subject.id()
            + "'";
  }
}
