package org.zoneledger.client.loadgen;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * CPU-seconds used in the measured window by each zone process and by this JVM, from two samples of
 * {@code /proc/<pid>/stat}. A process that ends inside the window is reported without a figure.
 */
final class CpuMeter implements LoadDriver.Window {
  /** One process's CPU-seconds in the window; NaN when it could not be read at both ends. */
  record Usage(String label, long pid, double seconds) {}

  private final List<ZoneProcess> zone;
  private final long self = ProcessHandle.current().pid();
  private final Map<Long, OptionalDouble> before = new LinkedHashMap<>();
  private final Map<Long, OptionalDouble> after = new LinkedHashMap<>();

  CpuMeter(List<ZoneProcess> zone) {
    this.zone = List.copyOf(zone);
  }

  @Override
  public void started() {
    sample(before);
  }

  @Override
  public void ended() {
    sample(after);
  }

  private void sample(Map<Long, OptionalDouble> into) {
    zone.forEach(p -> into.put(p.pid(), ProcessCpu.seconds(p.pid())));
    into.put(self, ProcessCpu.seconds(self));
  }

  List<Usage> zoneUsage() {
    return zone.stream().map(p -> new Usage(p.label(), p.pid(), delta(p.pid()))).toList();
  }

  Usage generatorUsage() {
    return new Usage("load generator", self, delta(self));
  }

  private double delta(long pid) {
    OptionalDouble a = before.getOrDefault(pid, OptionalDouble.empty());
    OptionalDouble b = after.getOrDefault(pid, OptionalDouble.empty());
    return a.isPresent() && b.isPresent() ? b.getAsDouble() - a.getAsDouble() : Double.NaN;
  }
}
