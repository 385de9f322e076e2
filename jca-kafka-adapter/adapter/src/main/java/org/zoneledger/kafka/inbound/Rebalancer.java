package org.zoneledger.kafka.inbound;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.common.TopicPartition;
import org.zoneledger.kafka.api.PartitionRef;

/**
 * Keeps the loop's partition states in step with the assignment. On revoke: commit what was
 * processed, then drop the partition's queue (nothing of it is delivered afterwards). On loss: drop
 * without committing. On assignment: with application-owned offsets, ask the target for its
 * positions and seek; if that fails the partitions stay paused and it is retried after the
 * back-off. Runs on the consumer thread, inside {@code poll()}.
 */
final class Rebalancer implements ConsumerRebalanceListener {

  private static final Logger LOG = Logger.getLogger(Rebalancer.class.getName());

  private final Consumer<byte[], byte[]> consumer;
  private final ConsumerSettings settings;
  private final DeliveryTarget target;
  private final Map<TopicPartition, PartitionState> states;
  private final LongSupplier clock;
  private final BiConsumer<Collection<PartitionState>, Boolean> committer;
  private boolean positionsPending;
  private long positionsRetryAt;

  Rebalancer(
      Consumer<byte[], byte[]> consumer,
      ConsumerSettings settings,
      DeliveryTarget target,
      Map<TopicPartition, PartitionState> states,
      LongSupplier clock,
      BiConsumer<Collection<PartitionState>, Boolean> committer) {
    this.consumer = consumer;
    this.settings = settings;
    this.target = target;
    this.states = states;
    this.clock = clock;
    this.committer = committer;
  }

  @Override
  public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
    List<PartitionState> revoked = new ArrayList<>();
    partitions.forEach(tp -> revoked.add(states.get(tp)));
    revoked.removeIf(s -> s == null);
    try {
      committer.accept(revoked, true);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Commit on revoke of " + partitions + " failed: " + e, e);
    }
    drop(partitions, "revoked");
  }

  @Override
  public void onPartitionsLost(Collection<TopicPartition> partitions) {
    drop(partitions, "lost");
  }

  private void drop(Collection<TopicPartition> partitions, String why) {
    for (TopicPartition tp : partitions) {
      PartitionState s = states.remove(tp);
      if (s != null && !s.pending.isEmpty()) {
        LOG.info(
            () -> "Partition " + tp + " " + why + "; dropped " + s.pending.size() + " pending");
      }
    }
  }

  @Override
  public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
    List<PartitionState> assigned = new ArrayList<>();
    for (TopicPartition tp : partitions) {
      assigned.add(states.computeIfAbsent(tp, PartitionState::new));
    }
    if (settings.applicationOffsets() && !assigned.isEmpty()) {
      assigned.forEach(s -> s.awaitingPosition = true);
      consumer.pause(partitions);
      resolvePositions();
    }
  }

  void retryPositionsIfDue() {
    if (positionsPending && clock.getAsLong() - positionsRetryAt >= 0) {
      resolvePositions();
    }
  }

  long nanosUntilPositionsRetry(long now) {
    return positionsPending ? Math.max(0, positionsRetryAt - now) : Long.MAX_VALUE;
  }

  private void resolvePositions() {
    Map<PartitionRef, PartitionState> waiting = new HashMap<>();
    for (PartitionState s : states.values()) {
      if (s.awaitingPosition) {
        waiting.put(new PartitionRef(s.partition.topic(), s.partition.partition()), s);
      }
    }
    Map<PartitionRef, Long> positions;
    try {
      positions = target.positions(Set.copyOf(waiting.keySet()));
    } catch (Exception e) {
      if (!positionsPending) {
        LOG.log(
            Level.WARNING, "Application positions for " + waiting.keySet() + " failed: " + e, e);
      }
      positionsPending = true;
      positionsRetryAt = clock.getAsLong() + settings.retryBackoff().toNanos();
      return;
    }
    positionsPending = false;
    Map<PartitionRef, Long> known = positions == null ? Map.of() : positions;
    waiting.forEach((ref, s) -> seekTo(s, known.get(ref)));
    LOG.fine(() -> "Application positions " + known + " for " + waiting.keySet());
    consumer.resume(waiting.values().stream().map(s -> s.partition).collect(Collectors.toSet()));
  }

  private void seekTo(PartitionState s, Long offset) {
    s.awaitingPosition = false;
    if (offset == null || offset < 0) {
      return;
    }
    s.pending.clear();
    consumer.seek(s.partition, offset);
    s.processed = offset;
    s.committed = -1;
  }
}
