package org.zoneledger.consensus.domain.drme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zoneledger.protocol.message.NodeId;

/**
 * One simulated node: its durable stores (its database), its engine, and the in-memory consumer
 * positions that a crash loses. A restarted node's consumers start at or before its stored offsets
 * (the broker's committed offsets may lag), so redelivery is exercised.
 */
final class SimNode {
  final NodeId id;
  final NodeStores stores;
  final DrmeEngine engine;
  final List<Outcome> outcomes = new ArrayList<>();
  private final Map<String, Long> positions = new HashMap<>();
  private boolean up = true;
  long entropySequence;

  SimNode(NodeId id, NodeStores stores, DrmeEngine engine) {
    this.id = id;
    this.stores = stores;
    this.engine = engine;
  }

  boolean isUp() {
    return up;
  }

  void stop() {
    up = false;
    positions.clear();
  }

  /** Restarts with consumer positions {@code rewind} records before the stored offsets. */
  void restart(int rewind, int partitions) {
    up = true;
    positions.clear();
    for (Topic topic : Topic.values()) {
      for (int p = 0; p < partitions; p++) {
        long stored = stores.offsets().next(topic, p);
        if (stored > 0) {
          positions.put(topic + "/" + p, Math.max(0, stored - rewind));
        }
      }
    }
  }

  long position(Topic topic, int partition) {
    return positions.getOrDefault(topic + "/" + partition, stores.offsets().next(topic, partition));
  }

  void moveTo(Topic topic, int partition, long next) {
    positions.put(topic + "/" + partition, next);
  }
}
