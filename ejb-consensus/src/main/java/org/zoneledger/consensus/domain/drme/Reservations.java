package org.zoneledger.consensus.domain.drme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zoneledger.consensus.domain.EntityVerdict;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.Decision;
import org.zoneledger.protocol.message.RequestId;
import org.zoneledger.protocol.message.RollbackReason;

/**
 * Phase 4 at a validator, for one entity: check the request with the ledger rules and reserve the
 * entity (COMMIT vote), refuse it (ROLLBACK vote, no lock), or — when another request holds the
 * entity — wait in its bounded FIFO queue. Whether the entity is reserved follows {@link
 * org.zoneledger.consensus.domain.LedgerRules#check} alone, which reads only the entity and the
 * request, so every node reserves and queues alike. The signers' authorisation ({@link
 * org.zoneledger.consensus.domain.LedgerRules#signerProblem}) reads this node's identities, which
 * may lag: it only turns the vote into a ROLLBACK, the entity is reserved all the same, and the
 * DECIDE applies (majority COMMIT) or releases it like on every other node. Queue age is measured
 * in log time (record timestamps of the entity's partition), so every node expires the same entries
 * at the same record.
 */
final class Reservations {
  private final DrmeNode node;
  private final NodeStores stores;
  private final VoteBox box;

  Reservations(DrmeNode node, NodeStores stores, VoteBox box) {
    this.node = node;
    this.stores = stores;
    this.box = box;
  }

  /** A PREPARE not yet voted on, queued or decided here, read at log time {@code at}. */
  EntitySlot admit(EntitySlot slot, RequestId id, Bytes requestDigest, long at) {
    if (slot.lock().isEmpty()) {
      return reserveOrRefuse(slot, id, requestDigest);
    }
    int bound = node.parameters().queueBound();
    if (slot.queue().size() >= bound) {
      refuse(slot, id, requestDigest, Contention.queueFull(slot.key(), bound));
      return slot;
    }
    return slot.enqueued(new QueuedPrepare(id, requestDigest, at));
  }

  /** Votes ROLLBACK ({@code Contention}) for queued PREPAREs older than the maximum age. */
  EntitySlot expire(EntitySlot slot, long now) {
    long maxAge = node.parameters().queueMaxAge().toMillis();
    List<QueuedPrepare> kept = new ArrayList<>();
    for (QueuedPrepare queued : slot.queue()) {
      long waited = now - queued.queuedAt();
      if (waited > maxAge) {
        refuse(
            slot,
            queued.requestId(),
            queued.requestDigest(),
            Contention.tooOld(slot.key(), waited));
      } else {
        kept.add(queued);
      }
    }
    return kept.size() == slot.queue().size() ? slot : slot.withQueue(kept);
  }

  /** Serves the queue in order while the entity is free (after a DECIDE released it). */
  EntitySlot serve(EntitySlot slot, long now) {
    EntitySlot current = expire(slot, now);
    while (current.lock().isEmpty() && !current.queue().isEmpty()) {
      QueuedPrepare next = current.queue().get(0);
      current = current.withQueue(current.queue().subList(1, current.queue().size()));
      current = reserveOrRefuse(current, next.requestId(), next.requestDigest());
    }
    return current;
  }

  private EntitySlot reserveOrRefuse(EntitySlot slot, RequestId id, Bytes requestDigest) {
    VerifiedRequest request = RequestLookup.find(node, stores, id, requestDigest);
    EntityVerdict verdict = node.rules().check(request, slot.key(), slot.state());
    if (verdict instanceof EntityVerdict.Commit commit) {
      Optional<RollbackReason> unauthorised =
          node.rules().signerProblem(request, key -> stores.entities().slot(key).state());
      if (unauthorised.isPresent()) {
        refuse(slot, request, id, requestDigest, unauthorised.get());
      } else {
        box.cast(
            request,
            id,
            slot.key(),
            Decision.COMMIT,
            Optional.empty(),
            slot.head(),
            commit.changeDigest());
      }
      return slot.locked(new Reservation(id, requestDigest, commit.changeDigest()));
    }
    refuse(slot, request, id, requestDigest, ((EntityVerdict.Rollback) verdict).reason());
    return slot;
  }

  private void refuse(EntitySlot slot, RequestId id, Bytes requestDigest, RollbackReason reason) {
    refuse(slot, RequestLookup.find(node, stores, id, requestDigest), id, requestDigest, reason);
  }

  private void refuse(
      EntitySlot slot,
      VerifiedRequest request,
      RequestId id,
      Bytes requestDigest,
      RollbackReason reason) {
    box.cast(
        request,
        id,
        slot.key(),
        Decision.ROLLBACK,
        Optional.of(reason),
        slot.head(),
        requestDigest);
  }
}
