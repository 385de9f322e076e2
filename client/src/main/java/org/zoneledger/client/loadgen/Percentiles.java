package org.zoneledger.client.loadgen;

import java.util.Arrays;

/**
 * Latency summary by the nearest-rank method: the p-th percentile of n sorted values is the value
 * at rank ⌈p/100 · n⌉ (1-based), so it is always a value that was measured.
 */
record Percentiles(long count, long min, long p50, long p95, long p99, long max, double mean) {

  static final Percentiles EMPTY = new Percentiles(0, 0, 0, 0, 0, 0, 0);

  /** The summary of {@code values} (not changed; a sorted copy is made). */
  static Percentiles of(long[] values) {
    if (values.length == 0) {
      return EMPTY;
    }
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    double sum = 0;
    for (long v : sorted) {
      sum += v;
    }
    return new Percentiles(
        sorted.length,
        sorted[0],
        rank(sorted, 50),
        rank(sorted, 95),
        rank(sorted, 99),
        sorted[sorted.length - 1],
        sum / sorted.length);
  }

  /** The nearest-rank {@code p}-th percentile (0 < p ≤ 100) of ascending {@code sorted}. */
  static long rank(long[] sorted, double p) {
    if (sorted.length == 0 || p <= 0 || p > 100) {
      throw new IllegalArgumentException("need values and 0 < p <= 100");
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(1, rank) - 1];
  }
}
