package org.zoneledger.persistence.consensus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** The proof (hash, hex) that decided one (request, entity) at this node. */
@Entity
@Table(name = "DRME_APPLIED_PROOF")
@IdClass(RequestEntityId.class)
public class DrmeAppliedProof {

  @Id
  @Column(name = "REQUEST_ID", length = 256)
  private String requestId;

  @Id
  @Column(name = "ENTITY_KEY", length = 1024)
  private String entityKey;

  @Column(name = "PROOF_HASH", nullable = false, length = 128)
  private String proofHash;

  protected DrmeAppliedProof() {}

  public DrmeAppliedProof(String requestId, String entityKey, String proofHash) {
    this.requestId = requestId;
    this.entityKey = entityKey;
    this.proofHash = proofHash;
  }

  public String proofHash() {
    return proofHash;
  }

  public void setProofHash(String newProofHash) {
    this.proofHash = newProofHash;
  }
}
