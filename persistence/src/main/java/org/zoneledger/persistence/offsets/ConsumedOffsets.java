package org.zoneledger.persistence.offsets;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and advances application-owned positions. Must be called inside the transaction that stores
 * the effects of the records the position accounts for.
 */
public final class ConsumedOffsets {

  private final EntityManager em;

  public ConsumedOffsets(EntityManager em) {
    this.em = em;
  }

  /** The stored next offset per partition of {@code topic} for {@code groupId}. */
  public Map<Integer, Long> positions(String groupId, String topic) {
    List<ConsumedOffset> rows =
        em.createQuery(
                "select o from ConsumedOffset o where o.id.groupId = :g and o.id.topic = :t",
                ConsumedOffset.class)
            .setParameter("g", groupId)
            .setParameter("t", topic)
            .getResultList();
    Map<Integer, Long> positions = new HashMap<>();
    rows.forEach(row -> positions.put(row.id().partition(), row.nextOffset()));
    return positions;
  }

  /**
   * The stored next offset of one partition (0 if none), locking its row until the transaction
   * ends, so two instances that briefly both hold a partition during a rebalance serialise and the
   * second sees what the first stored. Two first-ever inserts collide on the primary key instead.
   */
  public long lockPosition(String groupId, String topic, int partition) {
    ConsumedOffset row =
        em.find(
            ConsumedOffset.class,
            new ConsumedOffsetId(groupId, topic, partition),
            LockModeType.PESSIMISTIC_WRITE);
    return row == null ? 0L : row.nextOffset();
  }

  /** Records that every record of the partition before {@code nextOffset} has taken effect. */
  public void advance(String groupId, String topic, int partition, long nextOffset) {
    ConsumedOffsetId id = new ConsumedOffsetId(groupId, topic, partition);
    ConsumedOffset row = em.find(ConsumedOffset.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (row == null) {
      em.persist(new ConsumedOffset(id, nextOffset));
    } else {
      row.advanceTo(nextOffset);
    }
  }
}
