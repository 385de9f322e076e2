package org.zoneledger.persistence.consensus;

import java.io.Serializable;
import java.util.Objects;

/** Key of a vote: (request, entity, voter). */
public class DrmeVoteId implements Serializable {
  private static final long serialVersionUID = 1L;

  private String requestId;
  private String entityKey;
  private String voter;

  public DrmeVoteId() {}

  public DrmeVoteId(String requestId, String entityKey, String voter) {
    this.requestId = requestId;
    this.entityKey = entityKey;
    this.voter = voter;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DrmeVoteId other
        && Objects.equals(requestId, other.requestId)
        && Objects.equals(entityKey, other.entityKey)
        && Objects.equals(voter, other.voter);
  }

  @Override
  public int hashCode() {
    return Objects.hash(requestId, entityKey, voter);
  }
}
