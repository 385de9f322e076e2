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
@NamedQuery(
    name = DrmeRequest.OPEN_ROUNDS,
    query =
        "select r.requestId, r.logTime, r.round from DrmeRequest r where r.open = true"
            + " order by r.logTime, r.partition, r.offset")
public class DrmeRequest {
  public static final String OPEN = "DrmeRequest.open";

  /** The open rows' requestId, log time and round only, in log order: nothing else is loaded. */
  public static final String OPEN_ROUNDS = "DrmeRequest.openRounds";

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

  public DrmeRequest(String requestId) {
    this.requestId = requestId;
  }

  /** What the first copy in the log fixed: the request, its entities, position and beacon. */
  public void setSequenced(
      byte[] newBodyDigest,
      byte[] newRequest,
      int newClaimCount,
      byte[] newEntities,
      int newPartition,
      long newOffset,
      long newLogTime,
      byte[] newBeacon) {
    this.bodyDigest = newBodyDigest;
    this.request = newRequest;
    this.claimCount = newClaimCount;
    this.entities = newEntities;
    this.partition = newPartition;
    this.offset = newOffset;
    this.logTime = newLogTime;
    this.beacon = newBeacon;
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
