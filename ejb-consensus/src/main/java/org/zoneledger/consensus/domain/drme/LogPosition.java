package org.zoneledger.consensus.domain.drme;

/**
 * Where a record sits in its topic: partition, offset and the record's log timestamp in epoch
 * milliseconds. The timestamp is stored in the log, so every node reads the same value: the engine
 * uses it (never its own clock) for decisions that must agree across nodes, such as queue age.
 */
public record LogPosition(int partition, long offset, long timestamp) {
  public LogPosition {
    if (partition < 0 || offset < 0) {
      throw new IllegalArgumentException("partition and offset must not be negative");
    }
  }
}
