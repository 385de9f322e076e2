package org.zoneledger.consensus.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.util.Locale;
import org.zoneledger.consensus.domain.drme.OffsetStore;
import org.zoneledger.consensus.domain.drme.Topic;
import org.zoneledger.persistence.offsets.ConsumedOffset;
import org.zoneledger.persistence.offsets.ConsumedOffsetId;

/**
 * Consumed offsets in {@code CONSUMED_OFFSET}, keyed by the node's consumer name and the topic's
 * role ({@code requests}, {@code entity-log}, {@code votes}). A position never moves back.
 */
final class JpaOffsetStore implements OffsetStore {
  private final EntityManager em;
  private final String consumer;

  JpaOffsetStore(EntityManager em, String consumer) {
    this.em = em;
    this.consumer = consumer;
  }

  @Override
  public long next(Topic topic, int partition) {
    ConsumedOffset row = em.find(ConsumedOffset.class, id(topic, partition));
    return row == null ? 0 : row.nextOffset();
  }

  @Override
  public void advance(Topic topic, int partition, long nextOffset) {
    ConsumedOffsetId id = id(topic, partition);
    ConsumedOffset row = em.find(ConsumedOffset.class, id);
    if (row == null) {
      em.persist(new ConsumedOffset(id, nextOffset));
    } else {
      row.advanceTo(nextOffset);
    }
  }

  static String topicName(Topic topic) {
    return topic.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private ConsumedOffsetId id(Topic topic, int partition) {
    return new ConsumedOffsetId(consumer, topicName(topic), partition);
  }
}
