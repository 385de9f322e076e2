package org.zoneledger.consensus.domain.drme;

import java.util.OptionalLong;
import org.zoneledger.protocol.drme.Election;
import org.zoneledger.protocol.message.NodeId;

/**
 * Phase 9, driven by the node's clock: a request without outcome here past the end of its round
 * (see {@link RoundSchedule}) moves to the round it should be in; its coordinator is elected again
 * with the beacon at the request's offset. If that is this node, it re-sends the PREPAREs (a
 * validator that voted re-sends its stored vote) and assembles the proof from the votes it already
 * read. Every node moves its own copy; rounds are recorded per request.
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
    for (RequestEntry entry : stores.requests().undecided()) {
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

  /** The earliest end of a round among the undecided requests, if any. */
  public OptionalLong nextDeadline() {
    return stores.requests().undecided().stream()
        .mapToLong(e -> node.schedule().deadline(e.sequenced().timestamp(), e.round()))
        .min();
  }
}
