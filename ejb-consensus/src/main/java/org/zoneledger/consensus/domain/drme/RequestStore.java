package org.zoneledger.consensus.domain.drme;

import java.util.List;
import java.util.Optional;
import org.zoneledger.protocol.message.RequestId;

/**
 * Sequenced requests (first copy wins) with their round, and the recorded outcome of each. Entries
 * are written by the coordinator role, outcomes by the validator role.
 */
public interface RequestStore {

  Optional<RequestEntry> find(RequestId id);

  void put(RequestEntry entry);

  Optional<RequestOutcome> outcome(RequestId id);

  void putOutcome(RequestOutcome outcome);

  /** Entries with entities and without outcome: the ones a round time-out may move on. */
  List<RequestEntry> undecided();
}
