package org.zoneledger.consensus.domain.drme;

import java.util.HashMap;
import java.util.Map;
import org.zoneledger.protocol.drme.Beacon;
import org.zoneledger.protocol.message.Entropy;
import org.zoneledger.protocol.message.NodeId;

/**
 * The beacon of one {@code requests} partition and, per node, the highest entropy sequence folded,
 * so a duplicated entropy message (same node, same or lower sequence) is not folded twice. Every
 * node reads the same log, so every node skips the same messages.
 */
public record PartitionBeacon(Beacon beacon, Map<NodeId, Long> lastSequence) {
  public static final PartitionBeacon INITIAL = new PartitionBeacon(Beacon.GENESIS, Map.of());

  public PartitionBeacon {
    lastSequence = Map.copyOf(lastSequence);
  }

  public boolean isFresh(Entropy entropy) {
    Long last = lastSequence.get(entropy.node());
    return last == null || entropy.sequence() > last;
  }

  /** The state after folding {@code entropy}; the caller checked {@link #isFresh}. */
  public PartitionBeacon fold(Entropy entropy) {
    Map<NodeId, Long> sequences = new HashMap<>(lastSequence);
    sequences.put(entropy.node(), entropy.sequence());
    return new PartitionBeacon(beacon.next(entropy), sequences);
  }
}
