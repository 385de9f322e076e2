package org.zoneledger.protocol.proof;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zoneledger.protocol.message.Decision;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.NodeId;

/**
 * The result of a tally: the outcome when decided, the counted votes per entity, and the nodes
 * whose conflicting votes on some entity were not counted at all.
 */
public record TallyResult(
    Optional<Decision> outcome, Map<EntityKey, EntityCount> counts, Set<NodeId> equivocators) {
  public TallyResult {
    counts = Map.copyOf(counts);
    equivocators = Set.copyOf(equivocators);
  }

  public boolean decided() {
    return outcome.isPresent();
  }

  /** The counted COMMIT and ROLLBACK votes of one entity. */
  public record EntityCount(int commits, int rollbacks) {}
}
