package org.zoneledger.consensus.domain.drme;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.zoneledger.protocol.message.Vote;

/**
 * What one handler call asks the caller to do once the node's state changes and the consumed offset
 * are committed: append {@code entityLog} records (keyed by entity) and {@code votes} (keyed by
 * requestId), and announce {@code outcomes} to the API. Messages are signed.
 *
 * @param deferredFrom the offset of the first record the handler left for later, with every record
 *     after it (it needs a request this node has not sequenced yet); empty when it handled them all
 */
public record Effects(
    List<EntityLogRecord> entityLog,
    List<Vote> votes,
    List<Outcome> outcomes,
    OptionalLong deferredFrom) {
  public static final Effects NONE = new Effects(List.of(), List.of(), List.of());

  public Effects {
    entityLog = List.copyOf(entityLog);
    votes = List.copyOf(votes);
    outcomes = List.copyOf(outcomes);
  }

  public Effects(List<EntityLogRecord> entityLog, List<Vote> votes, List<Outcome> outcomes) {
    this(entityLog, votes, outcomes, OptionalLong.empty());
  }

  public boolean isEmpty() {
    return entityLog.isEmpty() && votes.isEmpty() && outcomes.isEmpty();
  }

  /** Collects the effects of one handler call. */
  static final class Builder {
    private final List<EntityLogRecord> entityLog = new ArrayList<>();
    private final List<Vote> votes = new ArrayList<>();
    private final List<Outcome> outcomes = new ArrayList<>();
    private OptionalLong deferredFrom = OptionalLong.empty();

    Builder entityLog(EntityLogRecord record) {
      entityLog.add(record);
      return this;
    }

    Builder votes(List<Vote> signed) {
      votes.addAll(signed);
      return this;
    }

    Builder outcome(Outcome outcome) {
      outcomes.add(outcome);
      return this;
    }

    Builder deferFrom(long offset) {
      deferredFrom = OptionalLong.of(offset);
      return this;
    }

    Effects build() {
      return new Effects(entityLog, votes, outcomes, deferredFrom);
    }
  }
}
