package org.zoneledger.consensus.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import org.zoneledger.consensus.domain.drme.BeaconStore;
import org.zoneledger.consensus.domain.drme.PartitionBeacon;
import org.zoneledger.persistence.consensus.DrmeBeacon;
import org.zoneledger.protocol.drme.Beacon;
import org.zoneledger.protocol.message.Bytes;

/** Partition beacons in {@code DRME_BEACON}, decoded once per transaction. */
final class JpaBeaconStore implements BeaconStore {
  private final EntityManager em;
  private final Map<Integer, PartitionBeacon> read = new HashMap<>();

  JpaBeaconStore(EntityManager em) {
    this.em = em;
  }

  @Override
  public PartitionBeacon of(int partition) {
    return read.computeIfAbsent(
        partition,
        p -> {
          DrmeBeacon row = em.find(DrmeBeacon.class, p);
          return row == null
              ? PartitionBeacon.INITIAL
              : new PartitionBeacon(
                  new Beacon(Bytes.of(row.beacon())), RowCodec.sequences(row.lastSequences()));
        });
  }

  @Override
  public void put(int partition, PartitionBeacon beacon) {
    byte[] value = beacon.beacon().value().toArray();
    byte[] sequences = RowCodec.sequences(beacon.lastSequence());
    DrmeBeacon row = em.find(DrmeBeacon.class, partition);
    if (row == null) {
      em.persist(new DrmeBeacon(partition, value, sequences));
    } else {
      row.update(value, sequences);
    }
    read.put(partition, beacon);
  }
}
