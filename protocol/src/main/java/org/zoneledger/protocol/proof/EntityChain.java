package org.zoneledger.protocol.proof;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.Decision;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.EntityLink;
import org.zoneledger.protocol.message.Proof;

/**
 * One entity's COMMIT proofs from its head back to its creation, newest first, as the store's links
 * lead: each proof has the hash that links to it, names the entity and is a COMMIT. The proofs'
 * signatures are not verified here; whoever uses one verifies it. {@code problem} says why the walk
 * stopped before a creation.
 */
record EntityChain(List<Proof> proofs, Optional<String> problem) {
  EntityChain {
    proofs = List.copyOf(proofs);
  }

  static EntityChain walk(EntityKey entity, ProofStore store) {
    Optional<Bytes> head = store.headOf(entity);
    if (head.isEmpty()) {
      return refused("the proof store has no history of " + entity);
    }
    List<Proof> proofs = new ArrayList<>();
    Set<Bytes> seen = new HashSet<>();
    Optional<Bytes> next = head;
    while (next.isPresent()) {
      Bytes hash = next.get();
      Optional<String> problem = stepProblem(entity, hash, seen, store);
      if (problem.isPresent()) {
        return new EntityChain(proofs, problem);
      }
      Proof proof = store.byHash(hash).orElseThrow();
      proofs.add(proof);
      next = proof.link(entity).map(EntityLink::previousProofHash).orElseThrow();
    }
    return new EntityChain(proofs, Optional.empty());
  }

  private static Optional<String> stepProblem(
      EntityKey entity, Bytes hash, Set<Bytes> seen, ProofStore store) {
    String where = "proof " + hash.toHex() + " of " + entity;
    if (!seen.add(hash)) {
      return Optional.of("the history of " + entity + " loops at " + where);
    }
    Optional<Proof> found = store.byHash(hash);
    if (found.isEmpty()) {
      return Optional.of(where + " is missing");
    }
    if (!found.get().hash().equals(hash)) {
      return Optional.of(where + ": its content does not match the hash that links to it");
    }
    if (found.get().outcome() != Decision.COMMIT) {
      return Optional.of(where + ": a ROLLBACK proof cannot be an entity's state");
    }
    if (found.get().link(entity).isEmpty()) {
      return Optional.of(where + ": does not name " + entity);
    }
    return Optional.empty();
  }

  static EntityChain refused(String problem) {
    return new EntityChain(List.of(), Optional.of(problem));
  }

  /** The proof that created the entity, when the walk reached it. */
  Optional<Proof> creation() {
    return problem.isPresent() || proofs.isEmpty()
        ? Optional.empty()
        : Optional.of(proofs.get(proofs.size() - 1));
  }
}
