package org.zoneledger.consensus.domain.drme;

import java.util.ArrayList;
import java.util.List;

/** An in-memory partitioned topic: records with their log timestamps, in append order. */
final class SimLog<T> {
  private final List<List<Delivery<T>>> partitions = new ArrayList<>();

  SimLog(int partitionCount) {
    for (int p = 0; p < partitionCount; p++) {
      partitions.add(new ArrayList<>());
    }
  }

  /** The partition a key goes to, like the producer's hash partitioner (deterministic here). */
  int partitionOf(String key) {
    return Math.floorMod(key.hashCode(), partitions.size());
  }

  void append(String key, T record, long timestamp) {
    List<Delivery<T>> partition = partitions.get(partitionOf(key));
    int p = partitionOf(key);
    partition.add(new Delivery<>(new LogPosition(p, partition.size(), timestamp), record));
  }

  void appendTo(int partition, T record, long timestamp) {
    List<Delivery<T>> log = partitions.get(partition);
    log.add(new Delivery<>(new LogPosition(partition, log.size(), timestamp), record));
  }

  int partitionCount() {
    return partitions.size();
  }

  long end(int partition) {
    return partitions.get(partition).size();
  }

  List<Delivery<T>> read(int partition, long from, int max) {
    List<Delivery<T>> log = partitions.get(partition);
    int start = (int) from;
    return List.copyOf(log.subList(start, Math.min(log.size(), start + max)));
  }

  List<Delivery<T>> all(int partition) {
    return List.copyOf(partitions.get(partition));
  }
}
