package org.zoneledger.client.loadgen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * CPU time of a process from {@code /proc/<pid>/stat} (Linux): user plus system time ({@code utime}
 * and {@code stime}, fields 14 and 15), in clock ticks of {@code getconf CLK_TCK}. Reads only.
 */
final class ProcessCpu {
  private static final long TICKS_PER_SECOND = ticksPerSecond();

  private ProcessCpu() {}

  /** The CPU-seconds {@code pid} has used so far; empty when it is gone or unreadable. */
  static OptionalDouble seconds(long pid) {
    try {
      String stat =
          Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII);
      return OptionalDouble.of((double) ticks(stat) / TICKS_PER_SECOND);
    } catch (IOException | RuntimeException e) {
      return OptionalDouble.empty();
    }
  }

  /**
   * {@code utime + stime} of a {@code stat} line. The command name (field 2) is in parentheses and
   * may hold spaces and parentheses itself, so fields are counted from its last {@code )}.
   */
  static long ticks(String stat) {
    int close = stat.lastIndexOf(')');
    if (close < 0) {
      throw new IllegalArgumentException("not a /proc stat line: " + stat);
    }
    String[] fields = stat.substring(close + 1).strip().split("\\s+");
    // fields[0] is field 3 (state), so field n is fields[n - 3]
    return Long.parseLong(fields[14 - 3]) + Long.parseLong(fields[15 - 3]);
  }

  static long ticksPerSecond() {
    OptionalLong fromGetconf = getconf();
    return fromGetconf.orElse(100);
  }

  private static OptionalLong getconf() {
    try {
      Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
      if (!p.waitFor(5, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroy();
        return OptionalLong.empty();
      }
      long ticks = Long.parseLong(out);
      return ticks > 0 ? OptionalLong.of(ticks) : OptionalLong.empty();
    } catch (IOException | NumberFormatException e) {
      return OptionalLong.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OptionalLong.empty();
    }
  }
}
