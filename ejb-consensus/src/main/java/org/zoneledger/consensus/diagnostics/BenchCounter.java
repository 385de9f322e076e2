package org.zoneledger.consensus.diagnostics;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.zoneledger.kafka.api.KafkaBatch;
import org.zoneledger.kafka.api.KafkaRecord;

/**
 * What a benchmark consumer received in this JVM since the start or the last {@link #reset()}:
 * batches, records, bytes (keys and values) and when the first and the last batch were delivered.
 * One counter per bench consumer, static: the MDB instances of the pool and the admin resource
 * share nothing else, and the counter must cost next to nothing (a few additions per batch, one
 * length read per record) so that the benchmark measures the adapter.
 */
public final class BenchCounter {

  private static final BenchCounter NOT_TRANSACTED = new BenchCounter();
  private static final BenchCounter TRANSACTED = new BenchCounter();

  private final LongAdder batches = new LongAdder();
  private final LongAdder records = new LongAdder();
  private final LongAdder bytes = new LongAdder();
  private final AtomicLong firstNanos = new AtomicLong();
  private final AtomicLong firstMillis = new AtomicLong();
  private volatile long lastNanos;
  private volatile long lastMillis;

  private BenchCounter() {}

  /** The counter of {@link BenchConsumer} ({@code NOT_SUPPORTED}: no JTA transaction). */
  public static BenchCounter notTransacted() {
    return NOT_TRANSACTED;
  }

  /** The counter of {@link BenchTransactedConsumer} ({@code REQUIRED}: one JTA transaction). */
  public static BenchCounter transacted() {
    return TRANSACTED;
  }

  /** Counts one delivered batch: its records and the bytes of their keys and values. */
  void count(KafkaBatch batch) {
    started();
    long size = 0;
    for (KafkaRecord r : batch.records()) {
      size += length(r.key()) + length(r.value());
    }
    delivered(batch.size(), size);
  }

  private static int length(byte[] b) {
    return b == null ? 0 : b.length;
  }

  /**
   * A delivery began. Marks the first delivery time once; the measured span therefore includes the
   * whole of the first batch.
   */
  private void started() {
    if (firstNanos.get() == 0) {
      long now = System.nanoTime();
      if (firstNanos.compareAndSet(0, now == 0 ? 1 : now)) {
        firstMillis.set(System.currentTimeMillis());
      }
    }
  }

  /** A delivery of {@code count} records carrying {@code size} bytes ended. */
  private void delivered(int count, long size) {
    batches.increment();
    bytes.add(size);
    lastNanos = System.nanoTime();
    lastMillis = System.currentTimeMillis();
    records.add(count);
  }

  /**
   * Starts counting afresh (the benchmark resets after its warm-up round). Meant for a quiet
   * consumer: a batch counted while this runs may be split between the old and the new count.
   */
  public void reset() {
    firstNanos.set(0);
    firstMillis.set(0);
    lastNanos = 0;
    lastMillis = 0;
    batches.reset();
    records.reset();
    bytes.reset();
  }

  public Snapshot snapshot() {
    return new Snapshot(
        batches.sum(),
        records.sum(),
        bytes.sum(),
        firstNanos.get(),
        lastNanos,
        firstMillis.get(),
        lastMillis);
  }

  /**
   * A reading of a counter. Nanos are {@link System#nanoTime()} of the serving JVM (only their
   * difference means anything); millis are wall-clock epoch millis. Zero before the first delivery.
   */
  public record Snapshot(
      long batches,
      long records,
      long bytes,
      long firstDeliveryNanos,
      long lastDeliveryNanos,
      long firstDeliveryMillis,
      long lastDeliveryMillis) {}
}
