package org.zoneledger.consensus.domain.drme;

import java.util.List;
import java.util.OptionalLong;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.Vote;

/**
 * One node's DRME engine: the entry points a thin MDB (or the simulation) calls, each inside the
 * transaction that also stores the consumed offsets. Each call takes a batch of one partition and
 * returns the {@link Effects} to publish after commit. Not thread-safe per partition: a partition
 * is consumed by one thread at a time, as Kafka assigns it.
 */
public final class DrmeEngine {
  private final NodeStores stores;
  private final RequestLogHandler requests;
  private final EntityLogHandler entityLog;
  private final VoteLogHandler votes;
  private final RoundTimer timer;

  public DrmeEngine(DrmeNode node, NodeStores stores) {
    this(node, stores, Sightings.logTimeOnly());
  }

  /** An engine whose round timer counts deadlines from its node's {@link Sightings}. */
  public DrmeEngine(DrmeNode node, NodeStores stores, Sightings sightings) {
    this.stores = stores;
    this.requests = new RequestLogHandler(node, stores);
    this.entityLog = new EntityLogHandler(node, stores);
    this.votes = new VoteLogHandler(node, stores);
    this.timer = new RoundTimer(node, stores, sightings);
  }

  /** Phases 1–4 (coordinator side) for a batch of a {@code requests} partition. */
  public Effects onRequests(List<Delivery<RequestLogRecord>> batch) {
    return requests.handle(batch);
  }

  /** Phases 4, 5 and 7 (validator) for a batch of an {@code entity-log} partition. */
  public Effects onEntityLog(List<Delivery<EntityLogRecord>> batch) {
    return entityLog.handle(batch);
  }

  /** Phase 6 (coordinator) for a batch of a {@code votes} partition. */
  public Effects onVotes(List<Delivery<Vote>> batch) {
    return votes.handle(batch);
  }

  /** Phase 9 at the node's clock {@code now} (epoch ms). */
  public Effects onTick(long now) {
    return timer.tick(now);
  }

  /** When {@link #onTick} next has work, if any request is undecided. */
  public OptionalLong nextDeadline() {
    return timer.nextDeadline();
  }

  public Bytes stateDigest() {
    return StateDigest.of(stores.entities());
  }
}
