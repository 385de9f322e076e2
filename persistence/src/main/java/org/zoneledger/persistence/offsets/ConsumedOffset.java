package org.zoneledger.persistence.offsets;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The next offset a consumer group will consume from one partition, owned by the application. */
@Entity
@Table(name = "CONSUMED_OFFSET")
public class ConsumedOffset {

  @EmbeddedId private ConsumedOffsetId id;

  @Column(name = "NEXT_OFFSET", nullable = false)
  private long nextOffset;

  protected ConsumedOffset() {}

  public ConsumedOffset(ConsumedOffsetId id, long nextOffset) {
    this.id = id;
    this.nextOffset = nextOffset;
  }

  public ConsumedOffsetId id() {
    return id;
  }

  public long nextOffset() {
    return nextOffset;
  }

  /** Moves the position forward; a position never moves back. */
  public void advanceTo(long next) {
    if (next > nextOffset) {
      nextOffset = next;
    }
  }
}
