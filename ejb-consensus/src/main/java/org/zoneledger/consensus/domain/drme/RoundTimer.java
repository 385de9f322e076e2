package org.zoneledger.consensus.domain.drme;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.zoneledger.protocol.drme.Election;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.message.RequestId;

/**
 * Phase 9, driven by the node's clock: a request without outcome here past the end of its round
 * (see {@link RoundSchedule}) moves to the round it should be in; its coordinator is elected again
 * with the beacon at the request's offset. If that is this node, it re-sends the PREPAREs (a
 * validator that voted re-sends its stored vote) and assembles the proof from the votes it already
 * read. Every node moves its own copy; rounds are recorded per request.
 *
 * <p>A request whose PREPARE waits in an entity's queue at this node, for less than the queue's
 * maximum age, is not overdue: it waits for the requests ahead of it (a hot account), its
 * coordinator is not missing, and a new round would only re-send its PREPAREs and votes again and
 * again. Its round moves, at most once, after it leaves the queue. Past the maximum age it moves
 * again as any other: the PREPAREs its new coordinator re-sends reach the entity's partition, where
 * the aged entry gets its {@code Contention} vote — which is what frees two requests that each hold
 * an entity the other waits for, when no other traffic comes by that partition.
 */
public final class RoundTimer {
  private final DrmeNode node;
  private final NodeStores stores;

  public RoundTimer(DrmeNode node, NodeStores stores) {
    this.node = node;
    this.stores = stores;
  }

  public Effects tick(long now) {
    Coordination coordination = new Coordination(node, stores);
    List<RequestEntry> undecided = stores.requests().undecided();
    Map<RequestId, Long> queued =
        undecided.isEmpty() ? Map.of() : stores.entities().queuedRequests();
    long maxAge = node.parameters().queueMaxAge().toMillis();
    for (RequestEntry entry : undecided) {
      Long queuedAt = queued.get(entry.id());
      if (queuedAt != null && now - queuedAt < maxAge) {
        continue;
      }
      long start = entry.sequenced().timestamp();
      int round = node.schedule().roundAt(start, now, entry.round());
      if (round == entry.round()) {
        continue;
      }
      NodeId coordinator = Election.coordinator(entry.beacon(), entry.id(), round, node.members());
      RequestEntry moved = entry.inRound(round, coordinator);
      stores.requests().put(moved);
      if (coordinator.equals(node.self())) {
        coordination.prepare(moved);
        coordination.decideIfReady(moved);
      }
    }
    Effects.Builder effects = new Effects.Builder();
    coordination.close(effects);
    return effects.build();
  }

  /**
   * The earliest instant {@link #tick} would move an undecided request, if any: the end of its
   * round, or for a request queued here the later of that and its queue entry's maximum age.
   */
  public OptionalLong nextDeadline() {
    List<RequestEntry> undecided = stores.requests().undecided();
    Map<RequestId, Long> queued =
        undecided.isEmpty() ? Map.of() : stores.entities().queuedRequests();
    long maxAge = node.parameters().queueMaxAge().toMillis();
    return undecided.stream()
        .mapToLong(
            e -> {
              long end = node.schedule().deadline(e.sequenced().timestamp(), e.round());
              Long queuedAt = queued.get(e.id());
              return queuedAt == null ? end : Math.max(end, queuedAt + maxAge);
            })
        .min();
  }
}
