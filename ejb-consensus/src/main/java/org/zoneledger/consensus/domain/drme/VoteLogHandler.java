package org.zoneledger.consensus.domain.drme;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.zoneledger.protocol.message.RequestId;
import org.zoneledger.protocol.message.Vote;

/**
 * The coordinator role on the {@code votes} topic (phases 5–6): every vote is stored, whoever
 * coordinates (a later round's coordinator tallies the votes already read); then, once per request
 * the batch touched, the request's current coordinator — if it is this node — assembles the proof
 * when the votes decide and appends one DECIDE per entity.
 */
public final class VoteLogHandler {
  private final DrmeNode node;
  private final NodeStores stores;

  public VoteLogHandler(DrmeNode node, NodeStores stores) {
    this.node = node;
    this.stores = stores;
  }

  public Effects handle(List<Delivery<Vote>> batch) {
    Set<RequestId> touched = new LinkedHashSet<>();
    for (Delivery<Vote> delivery : batch) {
      LogPosition at = delivery.position();
      if (at.offset() < stores.offsets().next(Topic.VOTES, at.partition())) {
        continue;
      }
      if (stores.votes().add(delivery.record())) {
        touched.add(delivery.record().requestId());
      }
      stores.offsets().advance(Topic.VOTES, at.partition(), at.offset() + 1);
    }
    Coordination coordination = new Coordination(node, stores);
    for (RequestId id : touched) {
      stores.requests().find(id).ifPresent(coordination::decideIfReady);
    }
    Effects.Builder effects = new Effects.Builder();
    coordination.close(effects);
    return effects.build();
  }
}
