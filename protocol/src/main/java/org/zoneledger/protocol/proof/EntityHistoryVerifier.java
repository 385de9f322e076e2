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
 * Walks one entity's proofmesh from a proof back to the proof that created the entity, verifying
 * every proof on the way:
 *
 * <ul>
 *   <li>the proof found under a hash has exactly that hash (so changing any byte of an earlier
 *       proof breaks every later link);
 *   <li>each proof is valid ({@link ProofVerifier}) and names the entity;
 *   <li>every proof reached through a link is a COMMIT: only a committed request changes an
 *       entity's state and becomes its new head (a ROLLBACK proof links to the head it left
 *       unchanged, and nothing links to it). The starting proof may have either outcome;
 *   <li>the walk ends at a proof whose link has no previous proof: the entity's creation.
 * </ul>
 */
public final class EntityHistoryVerifier {
  private final ProofVerifier verifier;

  public EntityHistoryVerifier(ProofVerifier verifier) {
    this.verifier = verifier;
  }

  public EntityHistory walk(
      EntityKey entity, Bytes startHash, ProofLookup lookup, ClientKeys clientKeys) {
    List<Proof> walked = new ArrayList<>();
    Set<Bytes> seen = new HashSet<>();
    Optional<Bytes> next = Optional.of(startHash);
    while (next.isPresent()) {
      Bytes hash = next.get();
      if (!seen.add(hash)) {
        return failed(walked, "the history of " + entity + " loops at proof " + hash.toHex());
      }
      Optional<Proof> found = lookup.byHash(hash);
      if (found.isEmpty()) {
        return failed(walked, "proof " + hash.toHex() + " of " + entity + " is missing");
      }
      Proof proof = found.get();
      String where = "proof of " + proof.requestId() + " (" + hash.toHex() + ")";
      if (!proof.hash().equals(hash)) {
        return failed(walked, where + ": its content does not match the hash that links to it");
      }
      ProofVerification verification = verifier.verify(proof, clientKeys);
      if (!verification.valid()) {
        return failed(walked, where + ": " + String.join("; ", verification.problems()));
      }
      if (!walked.isEmpty() && proof.outcome() != Decision.COMMIT) {
        return failed(walked, where + ": a ROLLBACK proof cannot be an entity's previous state");
      }
      Optional<EntityLink> link = proof.link(entity);
      if (link.isEmpty()) {
        return failed(walked, where + ": does not name " + entity);
      }
      walked.add(proof);
      next = link.get().previousProofHash();
    }
    return new EntityHistory(walked, new ProofVerification(List.of()));
  }

  private static EntityHistory failed(List<Proof> walked, String problem) {
    return new EntityHistory(walked, new ProofVerification(List.of(problem)));
  }
}
