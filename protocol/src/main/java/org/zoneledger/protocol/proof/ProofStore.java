package org.zoneledger.protocol.proof;

import java.util.Collection;
import java.util.Optional;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.Proof;

/**
 * The part of the proofmesh a verifier holds: proofs by hash, and where each entity's history
 * starts, i.e. its head, the hash of the newest COMMIT proof that names it. Nothing a store says is
 * trusted: every proof reached from a head is checked against the links that lead to it and
 * verified against the zone. A stale head only hides later proofs; it cannot make a forged one
 * verify.
 */
public interface ProofStore extends ProofLookup {

  /** The hash of the newest COMMIT proof naming {@code entity}, if the store knows the entity. */
  Optional<Bytes> headOf(EntityKey entity);

  /**
   * A store over a set of proofs, each entity's head computed from their links.
   *
   * @throws IllegalArgumentException when the proofs do not form one linear COMMIT chain per entity
   *     (a fork, or a gap that leaves two heads): the set is not a consistent mesh and no head can
   *     be chosen
   */
  static ProofStore of(Collection<Proof> proofs) {
    return InMemoryProofStore.of(proofs);
  }
}
