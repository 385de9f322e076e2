package org.zoneledger.persistence.consensus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How a request ended at this node: status, round of the deciding proof, that proof's hash. */
@Entity
@Table(name = "DRME_REQUEST_OUTCOME")
public class DrmeRequestOutcome {

  @Id
  @Column(name = "REQUEST_ID", length = 256)
  private String requestId;

  @Column(name = "STATUS", nullable = false, length = 16)
  private String status;

  @Column(name = "ROUND_NO", nullable = false)
  private int round;

  @Column(name = "PROOF_HASH", length = 128)
  private String proofHash;

  protected DrmeRequestOutcome() {}

  public DrmeRequestOutcome(String requestId, String status, int round, String proofHash) {
    this.requestId = requestId;
    update(status, round, proofHash);
  }

  public final void update(String newStatus, int newRound, String newProofHash) {
    this.status = newStatus;
    this.round = newRound;
    this.proofHash = newProofHash;
  }

  public String requestId() {
    return requestId;
  }

  public String status() {
    return status;
  }

  public int round() {
    return round;
  }

  /** Hex; null for a request rejected before any PREPARE. */
  public String proofHash() {
    return proofHash;
  }
}
