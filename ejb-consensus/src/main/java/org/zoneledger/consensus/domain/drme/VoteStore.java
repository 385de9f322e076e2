package org.zoneledger.consensus.domain.drme;

import java.util.List;
import org.zoneledger.protocol.message.RequestId;
import org.zoneledger.protocol.message.Vote;

/**
 * Every node's votes as this node read them from the {@code votes} topic: what a coordinator
 * tallies, including the coordinator of a later round (architecture §2 step 9).
 */
public interface VoteStore {

  /** Stores {@code vote}; false when an equal vote is already stored. */
  boolean add(Vote vote);

  /** The votes for {@code requestId} in the order they were read. */
  List<Vote> votesFor(RequestId requestId);
}
