package org.zoneledger.consensus.domain.drme;

import java.util.Optional;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.RequestId;
import org.zoneledger.protocol.message.Vote;

/**
 * This node's own signed votes, one per (request, entity) ever: a redelivered or re-sent PREPARE
 * gets the stored vote again, never a new one (architecture §2 step 5).
 */
public interface BallotStore {

  Optional<Vote> find(RequestId requestId, EntityKey entity);

  /** Stores the node's vote; storing a second vote for one (request, entity) is a bug. */
  void put(Vote vote);
}
