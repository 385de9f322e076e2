package org.zoneledger.persistence.consensus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One ledger entity at this validator: canonical state bytes (null until created), head proof hash,
 * the reservation (the three lock columns, all set or all null) and the queue bookkeeping: its
 * length (0: no need to read {@link DrmeQueuedPrepare} rows) and the next position to hand out.
 *
 * <p>The reservation sits in this row rather than in a table of its own: it is read every time the
 * slot is read and there is at most one, so a separate table would only add a lookup.
 */
@Entity
@Table(name = "DRME_ENTITY")
public class DrmeEntity {

  @Id
  @Column(name = "ENTITY_KEY", length = 1024)
  private String entityKey;

  @Column(name = "STATE")
  private byte[] state;

  @Column(name = "HEAD")
  private byte[] head;

  @Column(name = "LOCK_REQUEST_ID", length = 256)
  private String lockRequestId;

  @Column(name = "LOCK_REQUEST_DIGEST")
  private byte[] lockRequestDigest;

  @Column(name = "LOCK_CHANGE_DIGEST")
  private byte[] lockChangeDigest;

  @Column(name = "QUEUE_LENGTH", nullable = false)
  private int queueLength;

  @Column(name = "NEXT_QUEUE_POS", nullable = false)
  private long nextQueuePosition;

  protected DrmeEntity() {}

  public DrmeEntity(String entityKey) {
    this.entityKey = entityKey;
  }

  public String entityKey() {
    return entityKey;
  }

  public byte[] state() {
    return state;
  }

  public byte[] head() {
    return head;
  }

  public String lockRequestId() {
    return lockRequestId;
  }

  public byte[] lockRequestDigest() {
    return lockRequestDigest;
  }

  public byte[] lockChangeDigest() {
    return lockChangeDigest;
  }

  public int queueLength() {
    return queueLength;
  }

  /** Hands out the next queue position; positions only grow, so FIFO order is the key order. */
  public long takeQueuePosition() {
    return nextQueuePosition++;
  }

  public void setCommitted(byte[] newState, byte[] newHead) {
    this.state = newState;
    this.head = newHead;
  }

  /** Sets the reservation, or clears it when {@code requestId} is null. */
  public void setLock(String requestId, byte[] requestDigest, byte[] changeDigest) {
    this.lockRequestId = requestId;
    this.lockRequestDigest = requestId == null ? null : requestDigest;
    this.lockChangeDigest = requestId == null ? null : changeDigest;
  }

  public void setQueueLength(int length) {
    this.queueLength = length;
  }
}
