package org.zoneledger.consensus.domain.drme;

import java.util.Optional;
import org.zoneledger.consensus.domain.EntityState;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.crypto.Hashes;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.Decision;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.EntityLink;
import org.zoneledger.protocol.message.Proof;
import org.zoneledger.protocol.message.RequestId;

/**
 * Phase 7 for one entity and a verified proof: apply the reserved change (COMMIT) or release the
 * reservation (ROLLBACK), drop the request from the queue if it was waiting, store the proof,
 * record which proof decided the entity, and record and announce the request's outcome the first
 * time this node sees it decided.
 *
 * <p>A COMMIT for an entity this node did not reserve for the request is applied when the proof's
 * link names this node's head and the entity is free — the state the majority approved is then the
 * state here. Otherwise this node's state has diverged from the majority's, which deterministic
 * rules exclude; it fails loudly instead of guessing.
 */
final class DecideApplier {
  private final DrmeNode node;
  private final NodeStores stores;

  DecideApplier(DrmeNode node, NodeStores stores) {
    this.node = node;
    this.stores = stores;
  }

  EntitySlot apply(EntitySlot slot, EntityKey entity, Proof proof, Effects.Builder effects) {
    RequestId id = proof.requestId();
    Bytes proofHash = proof.hash();
    Bytes requestDigest = Bytes.of(Hashes.sha256(proof.requestBody().toArray()));
    EntitySlot next;
    if (slot.lockedBy(id)) {
      next =
          proof.outcome() == Decision.COMMIT
              ? commit(slot, id, requestDigest, proofHash)
              : slot.released();
    } else {
      next = slot.without(id);
      if (proof.outcome() == Decision.COMMIT) {
        EntityLink link = proof.link(entity).orElseThrow();
        if (next.lock().isPresent() || !link.previousProofHash().equals(next.head())) {
          throw new IllegalStateException(
              "node "
                  + node.self()
                  + " cannot apply the COMMIT of "
                  + id
                  + " on "
                  + entity
                  + ": its state of the entity diverged from the majority's");
        }
        next = commit(next, id, requestDigest, proofHash);
      }
    }
    stores.proofs().put(proof);
    stores.proofs().markApplied(id, entity, proofHash);
    announce(proof, proofHash, effects);
    return next;
  }

  private EntitySlot commit(EntitySlot slot, RequestId id, Bytes requestDigest, Bytes proofHash) {
    VerifiedRequest request = RequestLookup.find(node, stores, id, requestDigest);
    EntityState state = node.rules().apply(request, slot.key(), slot.state());
    stores.history().committed(id, slot.key(), request.parsed().request().type());
    return slot.committed(state, proofHash);
  }

  private void announce(Proof proof, Bytes proofHash, Effects.Builder effects) {
    if (stores.requests().outcome(proof.requestId()).isPresent()) {
      return;
    }
    RequestOutcome.Status status =
        proof.outcome() == Decision.COMMIT
            ? RequestOutcome.Status.COMMITTED
            : RequestOutcome.Status.ROLLED_BACK;
    stores
        .requests()
        .putOutcome(
            new RequestOutcome(proof.requestId(), status, proof.round(), Optional.of(proofHash)));
    effects.outcome(new Outcome.Decided(proof.requestId(), proof.outcome(), proof));
  }
}
