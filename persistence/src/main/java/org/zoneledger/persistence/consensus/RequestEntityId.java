package org.zoneledger.persistence.consensus;

import java.io.Serializable;
import java.util.Objects;

/** Key of a row per (request, entity): a ballot, an applied proof. */
public class RequestEntityId implements Serializable {
  private static final long serialVersionUID = 1L;

  private String requestId;
  private String entityKey;

  public RequestEntityId() {}

  public RequestEntityId(String requestId, String entityKey) {
    this.requestId = requestId;
    this.entityKey = entityKey;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RequestEntityId other
        && Objects.equals(requestId, other.requestId)
        && Objects.equals(entityKey, other.entityKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(requestId, entityKey);
  }
}
