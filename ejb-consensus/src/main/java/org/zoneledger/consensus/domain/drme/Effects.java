package org.zoneledger.consensus.domain.drme;

import java.util.ArrayList;
import java.util.List;
import org.zoneledger.protocol.message.Vote;

/**
 * What one handler call asks the caller to do once the node's state changes and the consumed offset
 * are committed: append {@code entityLog} records (keyed by entity) and {@code votes} (keyed by
 * requestId), and announce {@code outcomes} to the API. Messages are signed.
 */
public record Effects(List<EntityLogRecord> entityLog, List<Vote> votes, List<Outcome> outcomes) {
  public static final Effects NONE = new Effects(List.of(), List.of(), List.of());

  public Effects {
    entityLog = List.copyOf(entityLog);
    votes = List.copyOf(votes);
    outcomes = List.copyOf(outcomes);
  }

  public boolean isEmpty() {
    return entityLog.isEmpty() && votes.isEmpty() && outcomes.isEmpty();
  }

  /** Collects the effects of one handler call. */
  static final class Builder {
    private final List<EntityLogRecord> entityLog = new ArrayList<>();
    private final List<Vote> votes = new ArrayList<>();
    private final List<Outcome> outcomes = new ArrayList<>();

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

    Effects build() {
      return new Effects(entityLog, votes, outcomes);
    }
  }
}
