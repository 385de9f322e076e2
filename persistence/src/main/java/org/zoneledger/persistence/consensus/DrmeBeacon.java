package org.zoneledger.persistence.consensus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The beacon of one {@code requests} partition and the encoded last entropy sequence per node. */
@Entity
@Table(name = "DRME_BEACON")
public class DrmeBeacon {

  // Partition 0 is a valid key: the unit sets eclipselink.id-validation=NULL (EclipseLink refuses a
  // zero id by default).
  @Id
  @Column(name = "PART")
  private int partition;

  @Column(name = "BEACON", nullable = false)
  private byte[] beacon;

  @Column(name = "LAST_SEQUENCES", nullable = false)
  private byte[] lastSequences;

  protected DrmeBeacon() {}

  public DrmeBeacon(int partition, byte[] beacon, byte[] lastSequences) {
    this.partition = partition;
    this.beacon = beacon;
    this.lastSequences = lastSequences;
  }

  public int partition() {
    return partition;
  }

  public byte[] beacon() {
    return beacon;
  }

  public byte[] lastSequences() {
    return lastSequences;
  }

  public void update(byte[] newBeacon, byte[] newLastSequences) {
    this.beacon = newBeacon;
    this.lastSequences = newLastSequences;
  }
}
