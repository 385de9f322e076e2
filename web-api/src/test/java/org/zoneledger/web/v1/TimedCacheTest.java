package org.zoneledger.web.v1;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TimedCacheTest {

  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final AtomicInteger probes = new AtomicInteger();
  private final TimedCache<Integer> cache =
      new TimedCache<>(probes::incrementAndGet, Duration.ofSeconds(5), now::get);

  @Test
  void theFirstCallProbes() {
    assertThat(cache.get()).isEqualTo(1);
  }

  @Test
  void callsWithinThePeriodGetTheCachedResult() {
    cache.get();
    now.addAndGet(Duration.ofMillis(4_999).toNanos());

    assertThat(cache.get()).isEqualTo(1);
    assertThat(probes).hasValue(1);
  }

  @Test
  void theFirstCallAfterThePeriodProbesAgain() {
    cache.get();
    now.addAndGet(Duration.ofSeconds(5).toNanos());

    assertThat(cache.get()).isEqualTo(2);
    assertThat(cache.get()).isEqualTo(2);
  }
}
