package org.zoneledger.persistence.consensus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** This node's own encoded, signed vote on (request, entity): written once, never changed. */
@Entity
@Table(name = "DRME_BALLOT")
@IdClass(RequestEntityId.class)
public class DrmeBallot {

  @Id
  @Column(name = "REQUEST_ID", length = 256)
  private String requestId;

  @Id
  @Column(name = "ENTITY_KEY", length = 1024)
  private String entityKey;

  @Column(name = "ENCODED", nullable = false, updatable = false)
  private byte[] encoded;

  protected DrmeBallot() {}

  public DrmeBallot(String requestId, String entityKey, byte[] encoded) {
    this.requestId = requestId;
    this.entityKey = entityKey;
    this.encoded = encoded;
  }

  public byte[] encoded() {
    return encoded;
  }
}
