package org.zoneledger.consensus.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.util.concurrent.atomic.AtomicLong;
import org.zoneledger.consensus.domain.drme.HistoryStore;
import org.zoneledger.persistence.consensus.EntityChange;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.RequestId;
import org.zoneledger.protocol.request.RequestType;

/**
 * {@code ENTITY_CHANGE}. The order column is a clock-based counter that only grows within this
 * process and starts above any value an earlier process of the node wrote (microseconds since the
 * epoch): an entity's changes are applied one after the other, each after the previous one's
 * transaction committed, so their counters grow across the node's instances and restarts too.
 */
final class JpaHistoryStore implements HistoryStore {
  private static final AtomicLong LAST = new AtomicLong();

  private final EntityManager em;

  JpaHistoryStore(EntityManager em) {
    this.em = em;
  }

  @Override
  public void committed(RequestId requestId, EntityKey entity, RequestType type) {
    em.persist(new EntityChange(requestId.value(), entity.value(), next(), type.wireName()));
  }

  static long next() {
    long now = System.currentTimeMillis() * 1000;
    return LAST.updateAndGet(last -> Math.max(last + 1, now));
  }
}
