package org.zoneledger.consensus.domain.drme;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.zoneledger.protocol.message.RequestId;

/**
 * Sequenced requests (first copy wins) with their round, and the recorded outcome of each. Entries
 * are written by the coordinator role, outcomes by the validator role.
 */
public interface RequestStore {

  Optional<RequestEntry> find(RequestId id);

  /** Whether this node has sequenced {@code id} (cheaper than {@link #find}: nothing decoded). */
  boolean isSequenced(RequestId id);

  void put(RequestEntry entry);

  Optional<RequestOutcome> outcome(RequestId id);

  void putOutcome(RequestOutcome outcome);

  /** Entries with entities and without outcome: the ones a round time-out may move on. */
  List<RequestEntry> undecided();

  /** The same requests as {@link #undecided}, in log order, without decoding any of them. */
  default List<OpenRequest> open() {
    return undecided().stream()
        .map(e -> new OpenRequest(e.id(), e.sequenced().timestamp(), e.round()))
        .sorted(Comparator.comparingLong(OpenRequest::logTime))
        .toList();
  }
}
