package org.zoneledger.client.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/** Prints the figures of a run as a table, with ratios against the plain consumer loop. */
final class BenchReport {

  static final double TARGET_RATIO = 0.7;

  private final PrintStream out;

  BenchReport(PrintStream out) {
    this.out = out;
  }

  void header() {
    out.printf(
        Locale.ROOT,
        "%-26s %9s %7s %10s %7s %6s %7s %12s %6s%n",
        "path",
        "records",
        "seconds",
        "records/s",
        "MB/s",
        "ratio",
        "CPU s",
        "records/CPU-s",
        "ratio");
  }

  void row(String label, Throughput t, Throughput baseline) {
    out.printf(
        Locale.ROOT,
        "%-26s %9d %7.2f %10.0f %7.1f %6s %7.2f %12.0f %6s%n",
        label,
        t.records(),
        t.seconds(),
        t.recordsPerSecond(),
        t.megabytesPerSecond(),
        baseline == null ? "" : String.format(Locale.ROOT, "%.2f", ratio(t, baseline)),
        t.cpuSeconds(),
        t.recordsPerCpuSecond(),
        baseline == null ? "" : String.format(Locale.ROOT, "%.2f", cpuRatio(t, baseline)));
  }

  void verdict(String label, Throughput t, Throughput baseline) {
    double r = ratio(t, baseline);
    out.printf(
        Locale.ROOT,
        "%s / plain loop: records/s ratio %.2f (target >= %.1f: %s); records per CPU-second"
            + " ratio %.2f%n",
        label,
        r,
        TARGET_RATIO,
        r >= TARGET_RATIO ? "met" : "NOT met",
        cpuRatio(t, baseline));
  }

  static double cpuRatio(Throughput t, Throughput baseline) {
    return t.recordsPerCpuSecond() / baseline.recordsPerCpuSecond();
  }

  static double ratio(Throughput t, Throughput baseline) {
    return t.recordsPerSecond() / baseline.recordsPerSecond();
  }

  /** The one-minute load average of the machine, as {@code uptime} shows it. */
  static String load() {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    int cpus = Runtime.getRuntime().availableProcessors();
    return String.format(Locale.ROOT, "load average %.2f on %d cores", load, cpus);
  }
}
