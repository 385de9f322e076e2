package org.zoneledger.client.loadgen;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code zone bench}: sets up accounts on a running zone, sends random transfers for a warm-up and
 * a measured window, and prints the report. Exit codes: 0 when transfers committed, 1 when none did
 * or the set-up failed, 2 for bad usage.
 */
public final class BenchCommand {

  public static final String USAGE =
      "bench [--nodes URL,URL,...] [--accounts N] [--rate R | --open [--concurrency C]]\n"
          + "      [--warmup S] [--duration S] [--hot] [--max-in-flight M] [--timeout S]\n"
          + "      [--pids PID,PID,...] [--dir D] [--funding mint|initial] [--signers K] [--presign N]\n"
          + "  load test of a running zone: N accounts (default 100), then random transfers at R/s\n"
          + "  (default 200, open-loop) or as fast as C in flight allow (--open, default 64);\n"
          + "  --hot: 90 % touch one account. Nodes default to 127.0.0.1:8080,8081,8082; zone CPU\n"
          + "  from the PID files under D (default .zone) and --pids.\n";

  private BenchCommand() {}

  /** For {@code scripts/zone-bench}: the command on its own. */
  public static void main(String[] args) {
    System.exit(run(List.of(args), System.out));
  }

  public static int run(List<String> args, PrintStream out) {
    return run(args, out, System.err);
  }

  public static int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.contains("--help") || args.contains("-h")) {
      out.print("usage: zone " + USAGE);
      return 0;
    }
    BenchOptions options;
    try {
      options = BenchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("zone bench: " + e.getMessage());
      err.print(USAGE);
      return 2;
    }
    try {
      return new BenchRun(options, out).call();
    } catch (IllegalStateException | UncheckedIOException e) {
      err.println("zone bench: " + e.getMessage());
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("zone bench: interrupted");
      return 1;
    }
  }
}
