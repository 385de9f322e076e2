package org.zoneledger.consensus.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zoneledger.consensus.domain.EntityState;
import org.zoneledger.consensus.domain.drme.EntitySlot;
import org.zoneledger.consensus.domain.drme.EntityStore;
import org.zoneledger.consensus.domain.drme.QueuedPrepare;
import org.zoneledger.consensus.domain.drme.Reservation;
import org.zoneledger.persistence.consensus.DrmeEntity;
import org.zoneledger.persistence.consensus.DrmeQueuedPrepare;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.RequestId;

/**
 * Entity slots in {@code DRME_ENTITY} (state, head, reservation) and {@code DRME_QUEUED_PREPARE}
 * (the FIFO queue, by growing position). A slot without a queue is one primary-key read; its queue
 * rows are read only when its stored length is not zero.
 */
final class JpaEntityStore implements EntityStore {
  private final EntityManager em;
  private final StateCodec states;
  private final Map<EntityKey, Loaded> read = new HashMap<>();

  JpaEntityStore(EntityManager em, StateCodec states) {
    this.em = em;
    this.states = states;
  }

  /** A slot as read or last put in this transaction, with its rows (row null: none yet). */
  private record Loaded(EntitySlot slot, DrmeEntity row, List<DrmeQueuedPrepare> queue) {}

  @Override
  public EntitySlot slot(EntityKey key) {
    return load(key).slot();
  }

  @Override
  public void put(EntitySlot slot) {
    Loaded before = load(slot.key());
    DrmeEntity row = before.row();
    if (row == null) {
      row = new DrmeEntity(slot.key().value());
      em.persist(row);
    }
    boolean newState = slot.state().orElse(null) != before.slot().state().orElse(null);
    if (newState || !slot.head().equals(before.slot().head())) {
      row.setCommitted(
          slot.state().map(EntityState::canonicalBytes).orElse(null),
          slot.head().map(Bytes::toArray).orElse(null));
    }
    if (!slot.lock().equals(before.slot().lock())) {
      row.setLock(
          slot.lock().map(l -> l.requestId().value()).orElse(null),
          slot.lock().map(l -> l.requestDigest().toArray()).orElse(null),
          slot.lock().map(l -> l.changeDigest().toArray()).orElse(null));
    }
    List<DrmeQueuedPrepare> queue = requeue(row, before.queue(), slot.queue());
    row.setQueueLength(queue.size());
    read.put(slot.key(), new Loaded(slot, row, queue));
  }

  /**
   * Every slot: flushes, then two queries. Slots read in this transaction come from memory (their
   * rows are the same managed instances).
   */
  @Override
  public List<EntitySlot> all() {
    em.flush();
    Map<String, List<DrmeQueuedPrepare>> queues = new HashMap<>();
    em.createNamedQuery(DrmeQueuedPrepare.ALL, DrmeQueuedPrepare.class)
        .getResultStream()
        .forEach(q -> queues.computeIfAbsent(q.entityKey(), k -> new ArrayList<>()).add(q));
    List<EntitySlot> slots = new ArrayList<>();
    for (DrmeEntity row :
        em.createQuery("select e from DrmeEntity e", DrmeEntity.class).getResultList()) {
      EntityKey key = new EntityKey(row.entityKey());
      Loaded loaded = read.get(key);
      slots.add(
          loaded != null
              ? loaded.slot()
              : decode(key, row, queues.getOrDefault(row.entityKey(), List.of())));
    }
    return slots;
  }

  /** One query over the queue table, plus the queues changed in this transaction. */
  @Override
  public Map<RequestId, Long> queuedRequests() {
    Map<RequestId, Long> queued = new HashMap<>();
    em.createNamedQuery(DrmeQueuedPrepare.REQUESTS, Object[].class)
        .setFlushMode(FlushModeType.COMMIT)
        .getResultStream()
        .forEach(
            row ->
                queued.merge(
                    new RequestId((String) row[0]), ((Number) row[1]).longValue(), Math::min));
    for (Loaded loaded : read.values()) {
      loaded
          .queue()
          .forEach(q -> queued.merge(new RequestId(q.requestId()), q.queuedAt(), Math::min));
    }
    return queued;
  }

  private Loaded load(EntityKey key) {
    Loaded loaded = read.get(key);
    if (loaded == null) {
      DrmeEntity row = em.find(DrmeEntity.class, key.value());
      if (row == null) {
        loaded = new Loaded(EntitySlot.empty(key), null, List.of());
      } else {
        List<DrmeQueuedPrepare> queue =
            row.queueLength() == 0
                ? List.of()
                : em.createNamedQuery(DrmeQueuedPrepare.OF_ENTITY, DrmeQueuedPrepare.class)
                    .setParameter("entityKey", key.value())
                    .setFlushMode(FlushModeType.COMMIT)
                    .getResultList();
        loaded = new Loaded(decode(key, row, queue), row, queue);
      }
      read.put(key, loaded);
    }
    return loaded;
  }

  /**
   * Keeps the stored entries that match a prefix of {@code wanted} in order, removes the others and
   * appends the rest at new, higher positions: FIFO order is position order.
   */
  private List<DrmeQueuedPrepare> requeue(
      DrmeEntity row, List<DrmeQueuedPrepare> stored, List<QueuedPrepare> wanted) {
    List<DrmeQueuedPrepare> kept = new ArrayList<>();
    int next = 0;
    for (DrmeQueuedPrepare entry : stored) {
      if (next < wanted.size() && toDomain(entry).equals(wanted.get(next))) {
        kept.add(entry);
        next++;
      } else {
        em.remove(entry);
      }
    }
    for (QueuedPrepare added : wanted.subList(next, wanted.size())) {
      DrmeQueuedPrepare entry =
          new DrmeQueuedPrepare(
              row.entityKey(),
              row.takeQueuePosition(),
              added.requestId().value(),
              added.requestDigest().toArray(),
              added.queuedAt());
      em.persist(entry);
      kept.add(entry);
    }
    return kept;
  }

  private EntitySlot decode(EntityKey key, DrmeEntity row, List<DrmeQueuedPrepare> queue) {
    Optional<EntityState> state =
        Optional.ofNullable(row.state()).map(bytes -> states.decode(key, bytes));
    Optional<Reservation> lock =
        Optional.ofNullable(row.lockRequestId())
            .map(
                id ->
                    new Reservation(
                        new RequestId(id),
                        Bytes.of(row.lockRequestDigest()),
                        Bytes.of(row.lockChangeDigest())));
    return new EntitySlot(
        key,
        state,
        Optional.ofNullable(row.head()).map(Bytes::of),
        lock,
        queue.stream().map(JpaEntityStore::toDomain).toList());
  }

  private static QueuedPrepare toDomain(DrmeQueuedPrepare entry) {
    return new QueuedPrepare(
        new RequestId(entry.requestId()), Bytes.of(entry.requestDigest()), entry.queuedAt());
  }
}
