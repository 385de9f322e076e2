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
 *
 * <p>A round's deadline counts from the later of the request's log time and the moment this node's
 * timer first saw it ({@link Sightings}): a node reading old requests — catching up after a
 * restart, or behind a backlog — does not take them all as overdue at once.
 *
 * <p>A tick scans the undecided requests without decoding them ({@link OpenRequest}) and moves at
 * most {@link #MOVES_PER_TICK}, oldest first; the rest are overdue still at the next tick. So a
 * backlog of overdue requests costs bounded work per tick instead of a burst of PREPAREs and votes
 * for all of them at once.
 */
public final class RoundTimer {
  private final DrmeNode node;
  private final NodeStores stores;
  private final Sightings sightings;

  public RoundTimer(DrmeNode node, NodeStores stores) {
    this(node, stores, Sightings.logTimeOnly());
  }

  /**
   * A timer whose deadlines count from when this node first saw a request, see {@link Sightings}.
   */
  public RoundTimer(DrmeNode node, NodeStores stores, Sightings sightings) {
    this.node = node;
    this.stores = stores;
    this.sightings = sightings;
  }

  /** The most requests one tick moves to a new round. */
  static final int MOVES_PER_TICK = 200;

  public Effects tick(long now) {
    Coordination coordination = new Coordination(node, stores);
    List<OpenRequest> open = stores.requests().open();
    Map<RequestId, Long> queued = open.isEmpty() ? Map.of() : stores.entities().queuedRequests();
    Map<RequestId, Long> starts = sightings.starts(open, now);
    long maxAge = node.parameters().queueMaxAge().toMillis();
    int moves = 0;
    for (OpenRequest request : open) {
      Long queuedAt = queued.get(request.id());
      if (queuedAt != null && now - queuedAt < maxAge) {
        continue;
      }
      int round = node.schedule().roundAt(starts.get(request.id()), now, request.round());
      if (round == request.round()) {
        continue;
      }
      if (moves++ == MOVES_PER_TICK) {
        break;
      }
      RequestEntry entry = stores.requests().find(request.id()).orElseThrow();
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
    List<OpenRequest> open = stores.requests().open();
    Map<RequestId, Long> queued = open.isEmpty() ? Map.of() : stores.entities().queuedRequests();
    long maxAge = node.parameters().queueMaxAge().toMillis();
    return open.stream()
        .mapToLong(
            e -> {
              long end = node.schedule().deadline(sightings.start(e), e.round());
              Long queuedAt = queued.get(e.id());
              return queuedAt == null ? end : Math.max(end, queuedAt + maxAge);
            })
        .min();
  }
}
