package org.zoneledger.consensus.domain.drme;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.RequestId;

/** The validator's entities: state, head, reservation and wait queue of each. */
public interface EntityStore {

  /** The entity's slot; {@link EntitySlot#empty} for an entity never seen. */
  EntitySlot slot(EntityKey key);

  void put(EntitySlot slot);

  /** Every slot, for the state digest. */
  List<EntitySlot> all();

  /**
   * The requests with a PREPARE waiting in some entity's queue here, each with the earliest log
   * time at which one of its PREPAREs was queued.
   */
  default Map<RequestId, Long> queuedRequests() {
    return all().stream()
        .flatMap(slot -> slot.queue().stream())
        .collect(Collectors.toMap(QueuedPrepare::requestId, QueuedPrepare::queuedAt, Math::min));
  }
}
