package org.zoneledger.persistence.consensus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A PREPARE waiting for a locked entity, at a position of the entity's FIFO queue. */
@Entity
@Table(name = "DRME_QUEUED_PREPARE")
@IdClass(QueuedPrepareId.class)
@NamedQuery(
    name = DrmeQueuedPrepare.OF_ENTITY,
    query = "select q from DrmeQueuedPrepare q where q.entityKey = :entityKey order by q.position")
@NamedQuery(
    name = DrmeQueuedPrepare.ALL,
    query = "select q from DrmeQueuedPrepare q order by q.entityKey, q.position")
@NamedQuery(
    name = DrmeQueuedPrepare.REQUESTS,
    query = "select q.requestId, min(q.queuedAt) from DrmeQueuedPrepare q group by q.requestId")
public class DrmeQueuedPrepare {
  public static final String REQUESTS = "DrmeQueuedPrepare.requests";
  public static final String OF_ENTITY = "DrmeQueuedPrepare.ofEntity";
  public static final String ALL = "DrmeQueuedPrepare.all";

  @Id
  @Column(name = "ENTITY_KEY", length = 1024)
  private String entityKey;

  @Id
  @Column(name = "POS")
  private long position;

  @Column(name = "REQUEST_ID", nullable = false, length = 256)
  private String requestId;

  @Column(name = "REQUEST_DIGEST", nullable = false)
  private byte[] requestDigest;

  @Column(name = "QUEUED_AT", nullable = false)
  private long queuedAt;

  protected DrmeQueuedPrepare() {}

  public DrmeQueuedPrepare(
      String entityKey, long position, String requestId, byte[] requestDigest, long queuedAt) {
    this.entityKey = entityKey;
    this.position = position;
    this.requestId = requestId;
    this.requestDigest = requestDigest;
    this.queuedAt = queuedAt;
  }

  public String entityKey() {
    return entityKey;
  }

  public long position() {
    return position;
  }

  public String requestId() {
    return requestId;
  }

  public byte[] requestDigest() {
    return requestDigest;
  }

  public long queuedAt() {
    return queuedAt;
  }
}
