package org.zoneledger.consensus.domain.drme;

/**
 * The node's consumed offsets, stored in the same transaction as the state a batch changes
 * (architecture §3): a record below {@link #next} was already handled and is skipped.
 */
public interface OffsetStore {

  /** The offset of the next record to handle; 0 for a partition never consumed. */
  long next(Topic topic, int partition);

  void advance(Topic topic, int partition, long nextOffset);
}
