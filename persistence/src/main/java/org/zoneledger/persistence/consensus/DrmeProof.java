package org.zoneledger.persistence.consensus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A proof of the proofmesh: its canonical encoding under its hash (hex). Never changed. */
@Entity
@Table(name = "DRME_PROOF")
public class DrmeProof {

  @Id
  @Column(name = "PROOF_HASH", length = 128)
  private String proofHash;

  @Column(name = "REQUEST_ID", nullable = false, length = 256, updatable = false)
  private String requestId;

  @Column(name = "ENCODED", nullable = false, updatable = false)
  private byte[] encoded;

  protected DrmeProof() {}

  public DrmeProof(String proofHash, String requestId, byte[] encoded) {
    this.proofHash = proofHash;
    this.requestId = requestId;
    this.encoded = encoded;
  }

  public String proofHash() {
    return proofHash;
  }

  public String requestId() {
    return requestId;
  }

  public byte[] encoded() {
    return encoded;
  }
}
