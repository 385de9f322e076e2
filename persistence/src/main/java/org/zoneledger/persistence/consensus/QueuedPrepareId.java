package org.zoneledger.persistence.consensus;

import java.io.Serializable;
import java.util.Objects;

/** Key of a queued PREPARE: (entity, position). */
public class QueuedPrepareId implements Serializable {
  private static final long serialVersionUID = 1L;

  private String entityKey;
  private long position;

  public QueuedPrepareId() {}

  public QueuedPrepareId(String entityKey, long position) {
    this.entityKey = entityKey;
    this.position = position;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof QueuedPrepareId other
        && Objects.equals(entityKey, other.entityKey)
        && position == other.position;
  }

  @Override
  public int hashCode() {
    return Objects.hash(entityKey, position);
  }
}
