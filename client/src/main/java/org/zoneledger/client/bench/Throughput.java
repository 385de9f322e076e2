package org.zoneledger.client.bench;

import java.time.Duration;

/**
 * {@code records} records carrying {@code bytes} bytes handled in {@code nanos} nanoseconds of wall
 * time, for which the consuming JVM used {@code cpuNanos} of CPU time (all its threads: consumer,
 * heartbeat, GC, JIT). On a shared, loaded machine the CPU figure is the steadier one: it does not
 * count the time the JVM waited for a core.
 */
record Throughput(long records, long bytes, long nanos, long cpuNanos) {

  double seconds() {
    return nanos / 1e9;
  }

  double cpuSeconds() {
    return cpuNanos / 1e9;
  }

  double recordsPerSecond() {
    return nanos <= 0 ? 0 : records / seconds();
  }

  double recordsPerCpuSecond() {
    return cpuNanos <= 0 ? 0 : records / cpuSeconds();
  }

  double megabytesPerSecond() {
    return nanos <= 0 ? 0 : bytes / seconds() / 1e6;
  }

  /** CPU time used so far by process {@code pid} (0 if the platform cannot tell). */
  static long cpuNanosOf(long pid) {
    return ProcessHandle.of(pid)
        .flatMap(p -> p.info().totalCpuDuration())
        .map(Duration::toNanos)
        .orElse(0L);
  }

  static long ownCpuNanos() {
    return cpuNanosOf(ProcessHandle.current().pid());
  }
}
