package org.zoneledger.consensus.domain.drme;

import java.util.List;
import org.zoneledger.protocol.message.EntityKey;

/** The validator's entities: state, head, reservation and wait queue of each. */
public interface EntityStore {

  /** The entity's slot; {@link EntitySlot#empty} for an entity never seen. */
  EntitySlot slot(EntityKey key);

  void put(EntitySlot slot);

  /** Every slot, for the state digest. */
  List<EntitySlot> all();
}
