package org.zoneledger.client.loadgen;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The outcomes of the measured transfers, recorded from the HTTP client's threads: counts per
 * outcome, rejections and errors by reason, 3xx answers followed, and the latency of every
 * committed transfer in microseconds. Outcomes of warm-up transfers are only counted. Nothing is
 * recorded after {@link #freeze}: transfers still in flight then are {@link #unfinished}.
 */
final class LoadResults {
  private final Map<Outcome.Kind, LongAdder> measured = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> reasons = new ConcurrentHashMap<>();
  private final Map<Outcome.Kind, LongAdder> warmup = new ConcurrentHashMap<>();
  private final LongAdder redirects = new LongAdder();
  private final LongAdder sent = new LongAdder();
  private long[] latencies = new long[1024];
  private int latencyCount;
  private boolean frozen;
  private long inFlight;
  private long unsent;
  private long unfinished;

  /** A measured transfer went out. */
  synchronized void sent() {
    sent.increment();
    inFlight++;
  }

  synchronized void record(boolean inWindow, Outcome outcome, long latencyNanos) {
    if (frozen) {
      return;
    }
    redirects.add(outcome.redirects());
    if (inWindow) {
      inFlight--;
    } else {
      warmup.computeIfAbsent(outcome.kind(), k -> new LongAdder()).increment();
      return;
    }
    measured.computeIfAbsent(outcome.kind(), k -> new LongAdder()).increment();
    if (!outcome.reason().isEmpty()) {
      reasons
          .computeIfAbsent(outcome.kind() + " " + outcome.reason(), k -> new LongAdder())
          .increment();
    }
    if (outcome.kind() == Outcome.Kind.COMMITTED) {
      if (latencyCount == latencies.length) {
        latencies = Arrays.copyOf(latencies, latencyCount * 2);
      }
      latencies[latencyCount++] = latencyNanos / 1000;
    }
  }

  /**
   * Stops recording: {@code unsent} measured transfers never went out (no signed transfer or no
   * free slot before the window ended); those sent and still without an answer are unfinished.
   */
  synchronized void freeze(long unsent) {
    this.frozen = true;
    this.unsent = unsent;
    this.unfinished = inFlight;
  }

  long count(Outcome.Kind kind) {
    LongAdder a = measured.get(kind);
    return a == null ? 0 : a.sum();
  }

  /** Counts by {@code "<KIND> <reason>"}, sorted by name. */
  Map<String, Long> reasons() {
    Map<String, Long> sorted = new TreeMap<>();
    reasons.forEach((k, v) -> sorted.put(k, v.sum()));
    return sorted;
  }

  synchronized Percentiles latencyMicros() {
    return Percentiles.of(Arrays.copyOf(latencies, latencyCount));
  }

  long sentInWindow() {
    return sent.sum();
  }

  long warmupAnswered() {
    return warmup.values().stream().mapToLong(LongAdder::sum).sum();
  }

  /** The outcomes of the warm-up transfers by kind, in the order of {@link Outcome.Kind}. */
  Map<Outcome.Kind, Long> warmupOutcomes() {
    Map<Outcome.Kind, Long> counts = new java.util.EnumMap<>(Outcome.Kind.class);
    warmup.forEach((kind, n) -> counts.put(kind, n.sum()));
    return counts;
  }

  long redirects() {
    return redirects.sum();
  }

  synchronized long unsent() {
    return unsent;
  }

  synchronized long unfinished() {
    return unfinished;
  }
}
