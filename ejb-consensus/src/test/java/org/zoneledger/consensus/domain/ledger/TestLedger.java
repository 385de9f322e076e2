package org.zoneledger.consensus.domain.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zoneledger.consensus.domain.EntityState;
import org.zoneledger.consensus.domain.EntityVerdict;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.RollbackReason;

/**
 * One node's ledger in a test: every touched entity is checked on its own, and the request is
 * applied to all of them iff every entity commits — as the DRME engine does across partitions.
 */
final class TestLedger {
  final DefaultLedgerRules rules = new DefaultLedgerRules();
  private final Map<EntityKey, EntityState> states = new HashMap<>();

  /** The verdict of each touched entity, in touched order. */
  record Outcome(Map<EntityKey, EntityVerdict> verdicts) {
    boolean committed() {
      return verdicts.values().stream().allMatch(v -> v instanceof EntityVerdict.Commit);
    }

    List<RollbackReason> reasons() {
      List<RollbackReason> reasons = new ArrayList<>();
      verdicts.values().stream()
          .filter(v -> v instanceof EntityVerdict.Rollback)
          .forEach(v -> reasons.add(((EntityVerdict.Rollback) v).reason()));
      return reasons;
    }

    /** The only rollback reason (fails when there is not exactly one). */
    RollbackReason reason() {
      List<RollbackReason> reasons = reasons();
      if (reasons.size() != 1) {
        throw new AssertionError("expected one rollback but got " + verdicts);
      }
      return reasons.get(0);
    }

    EntityVerdict verdict(String key) {
      return verdicts.get(new EntityKey(key));
    }
  }

  Outcome submit(VerifiedRequest request) {
    Map<EntityKey, EntityVerdict> verdicts = new LinkedHashMap<>();
    for (EntityKey key : rules.touchedEntities(request)) {
      verdicts.put(key, rules.check(request, key, Optional.ofNullable(states.get(key))));
    }
    Outcome outcome = new Outcome(verdicts);
    if (outcome.committed()) {
      Map<EntityKey, EntityState> next = new HashMap<>();
      verdicts
          .keySet()
          .forEach(k -> next.put(k, rules.apply(request, k, Optional.ofNullable(states.get(k)))));
      states.putAll(next);
    }
    return outcome;
  }

  /** Submits and fails unless the request committed. */
  Outcome commit(VerifiedRequest request) {
    Outcome outcome = submit(request);
    if (!outcome.committed()) {
      throw new AssertionError("expected a commit but got " + outcome.verdicts());
    }
    return outcome;
  }

  <T extends EntityState> T state(String key, Class<T> type) {
    EntityState state = states.get(new EntityKey(key));
    if (state == null) {
      throw new AssertionError("no entity " + key);
    }
    return type.cast(state);
  }

  boolean has(String key) {
    return states.containsKey(new EntityKey(key));
  }

  Map<EntityKey, EntityState> states() {
    return Map.copyOf(states);
  }
}
