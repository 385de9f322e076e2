package org.zoneledger.kafka.inbound;

import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * What the loop knows about one assigned partition. Touched by the consumer thread only. Records
 * wait in {@link #pending} (in offset order) until delivered; while any wait, the partition is
 * paused, so nothing newer can be fetched ahead of them.
 */
final class PartitionState {

  final TopicPartition partition;
  final Deque<ConsumerRecord<byte[], byte[]>> pending = new ArrayDeque<>();

  /** Failed attempts of the unit at the head of {@link #pending}. */
  int attempts;

  /** Deliveries in a row of which the target consumed nothing (it waits for something). */
  int idleRetries;

  /** Clock value (nanos) before which the head unit is not retried, if {@link #backingOff}. */
  private long retryAt;

  private boolean backingOff;

  /** BATCH mode: records up to this offset are redelivered one by one to isolate a poison one. */
  long isolateThrough = -1;

  /**
   * POLL mode: records up to this offset are delivered with this partition alone, after a delivery
   * of several partitions that held them failed.
   */
  long aloneThrough = -1;

  /** Offset after the last processed record (what may be committed); -1 if none yet. */
  long processed = -1;

  /** Last offset committed (or being committed); -1 if none. */
  long committed = -1;

  /** Waiting for the application's position; nothing is delivered meanwhile. */
  boolean awaitingPosition;

  PartitionState(TopicPartition partition) {
    this.partition = partition;
  }

  void backOffUntil(long nanos) {
    backingOff = true;
    retryAt = nanos;
  }

  void clearBackOff() {
    backingOff = false;
  }

  boolean isDue(long now) {
    return !backingOff || now - retryAt >= 0;
  }

  /** Nanos until the head unit is due (0 if due now). */
  long nanosUntilDue(long now) {
    return backingOff ? Math.max(0, retryAt - now) : 0;
  }

  boolean needsPause() {
    return awaitingPosition || !pending.isEmpty();
  }

  boolean hasUncommitted() {
    return processed > committed;
  }
}
