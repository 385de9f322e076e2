package org.zoneledger.protocol.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.request.EntityRef;

/**
 * One authorisation a request needs. {@code principals} are the effective principals whose
 * authorisations verified (delegators when delegates signed).
 */
public sealed interface Requirement {

  AuthorisationDecision check(Set<String> principals, OwnershipView view);

  /** A named identity must authorise. {@code role} says why, e.g. "the delegator". */
  record SignedBy(String identityId, String role) implements Requirement {
    @Override
    public AuthorisationDecision check(Set<String> principals, OwnershipView view) {
      return principals.contains(identityId)
          ? AuthorisationDecision.ok()
          : AuthorisationDecision.missing(
              "The request needs the authorisation of " + role + " '" + identityId + "'");
    }
  }

  /** The current owner of an entity must authorise. {@code action} says what is done to it. */
  record SignedByOwnerOf(EntityRef entity, String action) implements Requirement {
    @Override
    public AuthorisationDecision check(Set<String> principals, OwnershipView view) {
      Optional<String> owner = view.ownerOf(entity);
      if (owner.isEmpty()) {
        return AuthorisationDecision.denied(ErrorCode.NOT_FOUND, entity + " does not exist");
      }
      return principals.contains(owner.get())
          ? AuthorisationDecision.ok()
          : AuthorisationDecision.missing(
              action
                  + " needs the authorisation of the owner of "
                  + entity
                  + ", '"
                  + owner.get()
                  + "'");
    }
  }

  /** Some registered identity must authorise (it becomes the creator / owner). */
  record SignedByARegisteredIdentity(String action) implements Requirement {
    @Override
    public AuthorisationDecision check(Set<String> principals, OwnershipView view) {
      return principals.stream().anyMatch(view::identityExists)
          ? AuthorisationDecision.ok()
          : AuthorisationDecision.missing(
              action + " needs the authorisation of a registered identity");
    }
  }

  /**
   * When an endorsement creates claims that do not exist yet, the subject's owner must authorise
   * too (spec §3.8).
   */
  record SignedByOwnerIfClaimsMissing(EntityRef subject, List<String> claimHashes)
      implements Requirement {
    public SignedByOwnerIfClaimsMissing {
      claimHashes = List.copyOf(claimHashes);
    }

    @Override
    public AuthorisationDecision check(Set<String> principals, OwnershipView view) {
      List<String> missing =
          claimHashes.stream().filter(h -> !view.claimExists(subject, h)).toList();
      if (missing.isEmpty()) {
        return AuthorisationDecision.ok();
      }
      return new SignedByOwnerOf(
              subject, "Creating claim " + missing.get(0) + " while endorsing it")
          .check(principals, view);
    }
  }
}
