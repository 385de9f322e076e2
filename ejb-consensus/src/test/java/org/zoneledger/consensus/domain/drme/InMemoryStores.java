package org.zoneledger.consensus.domain.drme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.Proof;
import org.zoneledger.protocol.message.RequestId;
import org.zoneledger.protocol.message.Vote;
import org.zoneledger.protocol.request.RequestType;

/** In-memory repositories: the "database" of a simulated node, kept across its restarts. */
final class InMemoryStores {
  private InMemoryStores() {}

  static NodeStores create() {
    return new NodeStores(
        new Offsets(),
        new Beacons(),
        new Requests(),
        new Votes(),
        new Ballots(),
        new Entities(),
        new Proofs(),
        new History());
  }

  static final class Offsets implements OffsetStore {
    private final Map<String, Long> next = new HashMap<>();

    @Override
    public long next(Topic topic, int partition) {
      return next.getOrDefault(topic + "/" + partition, 0L);
    }

    @Override
    public void advance(Topic topic, int partition, long nextOffset) {
      next.put(topic + "/" + partition, nextOffset);
    }
  }

  static final class Beacons implements BeaconStore {
    private final Map<Integer, PartitionBeacon> beacons = new HashMap<>();

    @Override
    public PartitionBeacon of(int partition) {
      return beacons.getOrDefault(partition, PartitionBeacon.INITIAL);
    }

    @Override
    public void put(int partition, PartitionBeacon beacon) {
      beacons.put(partition, beacon);
    }
  }

  static final class Requests implements RequestStore {
    private final Map<RequestId, RequestEntry> entries = new LinkedHashMap<>();
    private final Map<RequestId, RequestOutcome> outcomes = new HashMap<>();

    @Override
    public Optional<RequestEntry> find(RequestId id) {
      return Optional.ofNullable(entries.get(id));
    }

    @Override
    public boolean isSequenced(RequestId id) {
      return entries.containsKey(id);
    }

    @Override
    public void put(RequestEntry entry) {
      entries.put(entry.id(), entry);
    }

    @Override
    public Optional<RequestOutcome> outcome(RequestId id) {
      return Optional.ofNullable(outcomes.get(id));
    }

    @Override
    public void putOutcome(RequestOutcome outcome) {
      outcomes.put(outcome.requestId(), outcome);
    }

    @Override
    public List<RequestEntry> undecided() {
      return entries.values().stream()
          .filter(e -> !e.entities().isEmpty() && !outcomes.containsKey(e.id()))
          .toList();
    }
  }

  static final class Votes implements VoteStore {
    private final Map<RequestId, Set<Vote>> votes = new HashMap<>();

    @Override
    public boolean add(Vote vote) {
      return votes.computeIfAbsent(vote.requestId(), id -> new LinkedHashSet<>()).add(vote);
    }

    @Override
    public List<Vote> votesFor(RequestId requestId) {
      return List.copyOf(votes.getOrDefault(requestId, Set.of()));
    }
  }

  static final class Ballots implements BallotStore {
    private final Map<String, Vote> ballots = new HashMap<>();

    @Override
    public Optional<Vote> find(RequestId requestId, EntityKey entity) {
      return Optional.ofNullable(ballots.get(requestId + "|" + entity));
    }

    @Override
    public void put(Vote vote) {
      if (ballots.putIfAbsent(vote.requestId() + "|" + vote.entity(), vote) != null) {
        throw new IllegalStateException("second vote on " + vote.requestId() + "/" + vote.entity());
      }
    }
  }

  static final class Entities implements EntityStore {
    private final Map<EntityKey, EntitySlot> slots = new HashMap<>();

    @Override
    public EntitySlot slot(EntityKey key) {
      return slots.getOrDefault(key, EntitySlot.empty(key));
    }

    @Override
    public void put(EntitySlot slot) {
      slots.put(slot.key(), slot);
    }

    @Override
    public List<EntitySlot> all() {
      return new ArrayList<>(slots.values());
    }
  }

  static final class Proofs implements ProofStore {
    private final Map<Bytes, Proof> proofs = new HashMap<>();
    private final Map<String, Bytes> applied = new HashMap<>();

    @Override
    public void put(Proof proof) {
      proofs.putIfAbsent(proof.hash(), proof);
    }

    @Override
    public Optional<Proof> find(Bytes proofHash) {
      return Optional.ofNullable(proofs.get(proofHash));
    }

    @Override
    public Optional<Bytes> appliedOn(RequestId requestId, EntityKey entity) {
      return Optional.ofNullable(applied.get(requestId + "|" + entity));
    }

    @Override
    public void markApplied(RequestId requestId, EntityKey entity, Bytes proofHash) {
      applied.put(requestId + "|" + entity, proofHash);
    }
  }

  /** The history is a read model: the simulation keeps none. */
  static final class History implements HistoryStore {
    @Override
    public void committed(RequestId requestId, EntityKey entity, RequestType type) {}
  }
}
