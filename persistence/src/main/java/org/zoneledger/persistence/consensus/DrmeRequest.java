package org.zoneledger.persistence.consensus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A sequenced request (first copy wins): the encoded request without claim plaintexts, the count of
 * claim plaintexts it had (so a reader knows to fetch them from the log), its entities, where it
 * was sequenced, its beacon, round and coordinator. {@code open} is true while it has entities and
 * no outcome.
 */
@Entity
@Table(name = "DRME_REQUEST")
@NamedQuery(
    name = DrmeRequest.OPEN,
    query =
        "select r from DrmeRequest r where r.open = true"
            + " order by r.logTime, r.partition, r.offset")
public class DrmeRequest {
  public static final String OPEN = "DrmeRequest.open";

  @Id
  @Column(name = "REQUEST_ID", length = 256)
  private String requestId;

  @Column(name = "BODY_DIGEST", nullable = false)
  private byte[] bodyDigest;

  @Column(name = "REQUEST", nullable = false)
  private byte[] request;

  @Column(name = "CLAIM_COUNT", nullable = false)
  private int claimCount;

  @Column(name = "ENTITIES", nullable = false)
  private byte[] entities;

  @Column(name = "PART", nullable = false)
  private int partition;

  @Column(name = "OFFS", nullable = false)
  private long offset;

  @Column(name = "LOG_TIME", nullable = false)
  private long logTime;

  @Column(name = "BEACON", nullable = false)
  private byte[] beacon;

  @Column(name = "ROUND_NO", nullable = false)
  private int round;

  @Column(name = "COORDINATOR", nullable = false, length = 256)
  private String coordinator;

  @Column(name = "PROOF_SENT", nullable = false)
  private boolean proofSent;

  @Column(name = "OPEN_ROUND", nullable = false)
  private boolean open;

  protected DrmeRequest() {}

  /** A new row; the immutable part of the entry is set here, the rest by {@link #update}. */
  public DrmeRequest(
      String requestId,
      byte[] bodyDigest,
      byte[] request,
      int claimCount,
      byte[] entities,
      int partition,
      long offset,
      long logTime,
      byte[] beacon) {
    this.requestId = requestId;
    this.bodyDigest = bodyDigest;
    this.request = request;
    this.claimCount = claimCount;
    this.entities = entities;
    this.partition = partition;
    this.offset = offset;
    this.logTime = logTime;
    this.beacon = beacon;
  }

  /** Round, coordinator and proof flag: what changes while a request is in flight. */
  public void update(int newRound, String newCoordinator, boolean newProofSent, boolean isOpen) {
    this.round = newRound;
    this.coordinator = newCoordinator;
    this.proofSent = newProofSent;
    this.open = isOpen;
  }

  public void close() {
    this.open = false;
  }

  public String requestId() {
    return requestId;
  }

  public byte[] bodyDigest() {
    return bodyDigest;
  }

  public byte[] request() {
    return request;
  }

  public int claimCount() {
    return claimCount;
  }

  public byte[] entities() {
    return entities;
  }

  public int partition() {
    return partition;
  }

  public long offset() {
    return offset;
  }

  public long logTime() {
    return logTime;
  }

  public byte[] beacon() {
    return beacon;
  }

  public int round() {
    return round;
  }

  public String coordinator() {
    return coordinator;
  }

  public boolean proofSent() {
    return proofSent;
  }

  public boolean isOpen() {
    return open;
  }
}
