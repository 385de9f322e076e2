package org.zoneledger.persistence.consensus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One node's encoded vote on (request, entity), as this node read it, in read order. */
@Entity
@Table(name = "DRME_VOTE")
@IdClass(DrmeVoteId.class)
@NamedQuery(
    name = DrmeVote.OF_REQUEST,
    query = "select v from DrmeVote v where v.requestId = :requestId order by v.readOrder")
public class DrmeVote {
  public static final String OF_REQUEST = "DrmeVote.ofRequest";

  @Id
  @Column(name = "REQUEST_ID", length = 256)
  private String requestId;

  @Id
  @Column(name = "ENTITY_KEY", length = 1024)
  private String entityKey;

  @Id
  @Column(name = "VOTER", length = 256)
  private String voter;

  @Column(name = "READ_ORDER", nullable = false)
  private int readOrder;

  @Column(name = "ENCODED", nullable = false)
  private byte[] encoded;

  protected DrmeVote() {}

  public DrmeVote(String requestId, String entityKey, String voter, int readOrder, byte[] encoded) {
    this.requestId = requestId;
    this.entityKey = entityKey;
    this.voter = voter;
    this.readOrder = readOrder;
    this.encoded = encoded;
  }

  public String requestId() {
    return requestId;
  }

  public String entityKey() {
    return entityKey;
  }

  public String voter() {
    return voter;
  }

  public int readOrder() {
    return readOrder;
  }

  public byte[] encoded() {
    return encoded;
  }
}
