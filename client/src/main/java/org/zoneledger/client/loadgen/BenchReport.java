package org.zoneledger.client.loadgen;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The printed result of a run, in the manner of Hyperledger Caliper's report: one row per round
 * (here the single round {@code transfer}) with successes, failures, send rate, throughput and
 * latency, then rejections by reason, and the CPU cost: zone CPU-seconds per committed transfer
 * and, apart, the load generator's own CPU.
 *
 * @param setup what happened before the window, one line (set-up and signing figures)
 */
record BenchReport(
    String title,
    String setup,
    double warmupSeconds,
    double windowSeconds,
    LoadResults results,
    List<CpuMeter.Usage> zoneCpu,
    CpuMeter.Usage generatorCpu) {

  String format() {
    StringBuilder out = new StringBuilder();
    out.append(title).append('\n').append(setup).append('\n');
    out.append(
        f(
            "measured window: %.1f s after a %.1f s warm-up (warm-up answers: %s)%n%n",
            windowSeconds, warmupSeconds, warmup()));
    out.append(table());
    out.append(reasons());
    out.append(f("3xx answers followed (spec §4.4): %d%n", results.redirects()));
    out.append(cpu());
    return out.toString();
  }

  /** The warm-up outcomes, e.g. {@code 480 committed, 20 rejected}; {@code none} if none. */
  private String warmup() {
    StringBuilder text = new StringBuilder();
    results
        .warmupOutcomes()
        .forEach(
            (kind, n) ->
                text.append(text.length() == 0 ? "" : ", ")
                    .append(n)
                    .append(' ')
                    .append(kind.name().toLowerCase(Locale.ROOT)));
    return text.length() == 0 ? "none" : text.toString();
  }

  private String table() {
    Percentiles p = results.latencyMicros();
    long committed = results.count(Outcome.Kind.COMMITTED);
    return new TextTable(
            "Name",
            "Succ",
            "Rejected",
            "Pending",
            "Timeout",
            "Error",
            "Unsent",
            "Send Rate (TPS)",
            "Throughput (TPS)",
            "p50 (ms)",
            "p95 (ms)",
            "p99 (ms)",
            "Max (ms)",
            "Avg (ms)")
        .row(
            "transfer",
            committed,
            results.count(Outcome.Kind.REJECTED),
            results.count(Outcome.Kind.PENDING),
            results.count(Outcome.Kind.TIMEOUT) + results.unfinished(),
            results.count(Outcome.Kind.ERROR),
            results.unsent(),
            f("%.1f", results.sentInWindow() / windowSeconds),
            f("%.1f", committed / windowSeconds),
            ms(p.p50()),
            ms(p.p95()),
            ms(p.p99()),
            ms(p.max()),
            f("%.1f", p.mean() / 1000))
        .render();
  }

  private String reasons() {
    Map<String, Long> reasons = results.reasons();
    StringBuilder out = new StringBuilder();
    if (results.unsent() > 0) {
      out.append(
          f(
              "the load generator fell behind: %d transfers due in the window were never sent%n",
              results.unsent()));
    }
    if (results.unfinished() > 0) {
      out.append(
          f(
              "no answer when the run stopped waiting: %d (counted as Timeout)%n",
              results.unfinished()));
    }
    if (reasons.isEmpty()) {
      return out.append("no rejections\n").toString();
    }
    out.append("rejected and failed by reason (errorType/errorCode):\n");
    reasons.forEach(
        (reason, n) -> out.append(f("  %-40s %8d  %8.2f/s%n", reason, n, n / windowSeconds)));
    return out.toString();
  }

  private String cpu() {
    long committed = results.count(Outcome.Kind.COMMITTED);
    StringBuilder out = new StringBuilder();
    if (zoneCpu.isEmpty()) {
      out.append("zone CPU: no zone process found (give --pids or --dir)\n");
    } else {
      double total =
          zoneCpu.stream().mapToDouble(CpuMeter.Usage::seconds).filter(s -> !Double.isNaN(s)).sum();
      out.append(
          f(
              "zone CPU in the window: %.2f s over %d processes = %s per committed transfer%n",
              total,
              zoneCpu.size(),
              committed == 0 ? "n/a" : f("%.2f ms", total * 1000 / committed)));
      zoneCpu.forEach(
          u -> out.append(f("  %-40s pid %-8d %s%n", u.label(), u.pid(), seconds(u.seconds()))));
    }
    long sent = results.sentInWindow();
    out.append(
        f(
            "load generator CPU in the window (not part of the zone): %s = %s per sent transfer%n",
            seconds(generatorCpu.seconds()),
            sent == 0 || Double.isNaN(generatorCpu.seconds())
                ? "n/a"
                : f("%.3f ms", generatorCpu.seconds() * 1000 / sent)));
    return out.toString();
  }

  private static String seconds(double s) {
    return Double.isNaN(s) ? "gone" : f("%.2f s", s);
  }

  private static String ms(long micros) {
    return f("%.1f", micros / 1000.0);
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
