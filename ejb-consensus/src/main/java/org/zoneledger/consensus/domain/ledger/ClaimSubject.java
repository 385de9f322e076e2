package org.zoneledger.consensus.domain.ledger;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.zoneledger.consensus.domain.EntityState;

/**
 * What claims are about: an identity, an asset type or an asset. A subject keeps the hashes of its
 * claims, so that the subject entity alone can tell whether a request creates a claim.
 */
public sealed interface ClaimSubject extends EntityState
    permits IdentityState, AssetTypeState, AssetState {

  /** The identity owning the subject: the identity itself, the type or asset owner. */
  String ownerId();

  /** The owner of the asset type the subject belongs to, when it knows it. */
  default Optional<String> typeOwnerId() {
    return Optional.empty();
  }

  Set<String> claims();

  Permissions permissions();

  ClaimSubject withClaims(Collection<String> hashes);
}
