package org.zoneledger.consensus.domain.drme;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zoneledger.consensus.domain.EntityState;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.RequestId;

/**
 * One entity at one validator: its committed state (empty until created), its head (the hash of the
 * proof that made that state, the next proof's link), the reservation holding it, and the FIFO
 * queue of PREPAREs waiting for it. Immutable; every change returns a new slot.
 */
public record EntitySlot(
    EntityKey key,
    Optional<EntityState> state,
    Optional<Bytes> head,
    Optional<Reservation> lock,
    List<QueuedPrepare> queue) {
  public EntitySlot {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(lock, "lock");
    queue = List.copyOf(queue);
  }

  public static EntitySlot empty(EntityKey key) {
    return new EntitySlot(key, Optional.empty(), Optional.empty(), Optional.empty(), List.of());
  }

  public boolean lockedBy(RequestId requestId) {
    return lock.filter(l -> l.requestId().equals(requestId)).isPresent();
  }

  public boolean queues(RequestId requestId) {
    return queue.stream().anyMatch(q -> q.requestId().equals(requestId));
  }

  EntitySlot locked(Reservation reservation) {
    return new EntitySlot(key, state, head, Optional.of(reservation), queue);
  }

  EntitySlot released() {
    return new EntitySlot(key, state, head, Optional.empty(), queue);
  }

  EntitySlot committed(EntityState newState, Bytes proofHash) {
    return new EntitySlot(
        key, Optional.of(newState), Optional.of(proofHash), Optional.empty(), queue);
  }

  EntitySlot enqueued(QueuedPrepare prepare) {
    List<QueuedPrepare> longer = new ArrayList<>(queue);
    longer.add(prepare);
    return new EntitySlot(key, state, head, lock, longer);
  }

  EntitySlot withQueue(List<QueuedPrepare> newQueue) {
    return new EntitySlot(key, state, head, lock, newQueue);
  }

  EntitySlot without(RequestId requestId) {
    return withQueue(queue.stream().filter(q -> !q.requestId().equals(requestId)).toList());
  }
}
