package org.zoneledger.consensus.domain.drme;

/** The beacon of each {@code requests} partition, as of the node's consumed offset. */
public interface BeaconStore {

  /** The partition's beacon; {@link PartitionBeacon#INITIAL} before any entropy. */
  PartitionBeacon of(int partition);

  void put(int partition, PartitionBeacon beacon);
}
