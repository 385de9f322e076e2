package org.zoneledger.web.v1;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A value recomputed at most once per {@code ttl}: a health probe that a busy client (or a load
 * balancer) may ask for every few milliseconds costs one check per period. Callers who find it
 * stale while another recomputes wait for that result instead of probing again. Thread-safe.
 */
final class TimedCache<T> {
  private final Supplier<T> source;
  private final long ttlNanos;
  private final LongSupplier nanoClock;
  private T value;
  private long computedAt;

  TimedCache(Supplier<T> source, Duration ttl, LongSupplier nanoClock) {
    this.source = Objects.requireNonNull(source, "source");
    this.ttlNanos = ttl.toNanos();
    this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
  }

  TimedCache(Supplier<T> source, Duration ttl) {
    this(source, ttl, System::nanoTime);
  }

  synchronized T get() {
    if (value == null || nanoClock.getAsLong() - computedAt >= ttlNanos) {
      value = Objects.requireNonNull(source.get(), "a probe result");
      computedAt = nanoClock.getAsLong();
    }
    return value;
  }
}
