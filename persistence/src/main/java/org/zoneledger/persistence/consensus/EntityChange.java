package org.zoneledger.persistence.consensus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One committed change of an entity at this node: the request and its type, in applied order. */
@Entity
@Table(name = "ENTITY_CHANGE")
@IdClass(RequestEntityId.class)
@NamedQuery(
    name = EntityChange.OF_ENTITY,
    query = "SELECT c FROM EntityChange c WHERE c.entityKey = :entity ORDER BY c.sequence")
@NamedQuery(
    name = EntityChange.OF_ENTITY_AND_TYPE,
    query =
        "SELECT c FROM EntityChange c WHERE c.entityKey = :entity AND c.requestType = :type"
            + " ORDER BY c.sequence")
public class EntityChange {
  public static final String OF_ENTITY = "EntityChange.ofEntity";
  public static final String OF_ENTITY_AND_TYPE = "EntityChange.ofEntityAndType";

  @Id
  @Column(name = "REQUEST_ID", length = 256)
  private String requestId;

  @Id
  @Column(name = "ENTITY_KEY", length = 1024)
  private String entityKey;

  @Column(name = "SEQ", nullable = false)
  private long sequence;

  @Column(name = "REQUEST_TYPE", nullable = false, length = 64)
  private String requestType;

  protected EntityChange() {}

  public EntityChange(String requestId, String entityKey, long sequence, String requestType) {
    this.requestId = requestId;
    this.entityKey = entityKey;
    this.sequence = sequence;
    this.requestType = requestType;
  }

  public String requestId() {
    return requestId;
  }

  public String entityKey() {
    return entityKey;
  }

  public long sequence() {
    return sequence;
  }

  public String requestType() {
    return requestType;
  }
}
