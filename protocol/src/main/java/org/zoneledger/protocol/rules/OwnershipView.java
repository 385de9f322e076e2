package org.zoneledger.protocol.rules;

import java.util.Optional;
import org.zoneledger.protocol.request.EntityRef;

/**
 * The ledger state the signer rules read. A validator implements it over its entity state (and must
 * answer for the state the request is validated against).
 */
public interface OwnershipView {

  /**
   * The owner of an entity: the identity itself for an identity, the {@code ownerId} of an asset
   * type or asset; empty when the entity does not exist.
   */
  Optional<String> ownerOf(EntityRef entity);

  /** Whether {@code subject} already has the claim {@code hash}. */
  boolean claimExists(EntityRef subject, String hash);

  /** Whether the identity is registered. */
  default boolean identityExists(String identityId) {
    return ownerOf(EntityRef.identity(identityId)).isPresent();
  }
}
