package org.zoneledger.client.loadgen;

import java.time.Duration;

/**
 * The time line of a run on the {@link System#nanoTime} clock: a warm-up from {@code start}, then
 * the measured window. At a fixed rate the send time of every transfer is fixed in advance
 * (open-loop): transfer {@code i} is due at {@code start + i / rate}, whatever the answers to
 * earlier ones, and its latency counts from that due time, so a slow zone cannot hide its delay by
 * holding the sender back (no coordinated omission). A transfer is measured when it is due inside
 * the window.
 */
record RateSchedule(long start, double rate, Duration warmup, Duration duration) {

  RateSchedule {
    if (rate < 0 || Double.isNaN(rate)) {
      throw new IllegalArgumentException("rate must be positive, or 0 for open mode: " + rate);
    }
  }

  /** Open mode: no due times, transfers go out as slots free up. */
  boolean open() {
    return rate == 0;
  }

  /** When transfer {@code i} is due (fixed rate only). */
  long dueTime(long i) {
    return start + Math.round(i * 1e9 / rate);
  }

  /** The start of the measured window. */
  long windowStart() {
    return start + warmup.toNanos();
  }

  /** The end of the measured window: nothing is sent from then on. */
  long end() {
    return windowStart() + duration.toNanos();
  }

  boolean measured(long dueTime) {
    return dueTime - windowStart() >= 0 && dueTime - end() < 0;
  }

  /** How many transfers are due before {@link #end} (fixed rate only). */
  long total() {
    return dueBefore(end());
  }

  /** How many transfers are due in the measured window (fixed rate only). */
  long measuredTotal() {
    return total() - dueBefore(windowStart());
  }

  /** The number of indexes {@code i} with {@code dueTime(i) < t}. */
  private long dueBefore(long t) {
    long i = Math.max(0, (long) Math.ceil((t - start) * rate / 1e9) - 1);
    while (dueTime(i) - t < 0) {
      i++;
    }
    while (i > 0 && dueTime(i - 1) - t >= 0) {
      i--;
    }
    return i;
  }
}
