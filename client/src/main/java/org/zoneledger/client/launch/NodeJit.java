package org.zoneledger.client.launch;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The JIT compiler of a node's Payara Micro instances, chosen by {@code ZONELEDGER_JIT}. {@code c2}
 * (the default) keeps the JVM's tiered compilation; {@code c1} stops at the client compiler ({@code
 * -XX:TieredStopAtLevel=1}). Measured on the 2-core reference machine: C2 compilation takes 40–54 %
 * of an instance's CPU for its first ten minutes and about half of all CPU while a restarted node
 * catches up, so short-lived nodes (the integration tests) run {@code c1} — ZoneFaultIT's bank
 * scenario took 219 s instead of 347 s, node3 caught up 26.6 s after its restart instead of 37.9 s.
 * A node that runs for long wants C2: a warmed-up zone committed 8 transfers/s at 224 ms of zone
 * CPU each under C2, and fell behind at 8/s under C1 (456 ms each).
 */
public final class NodeJit {
  /** The environment variable that chooses the compiler: {@code c2} (default) or {@code c1}. */
  public static final String ENV = "ZONELEDGER_JIT";

  private NodeJit() {}

  /**
   * The JVM options of a node's H2 server, whatever the environment chooses: the client compiler
   * only. The server runs small statements over TCP; with tiered C2, jstat reported 268 s of
   * compilation (wall time, on a saturated machine) in an H2 server's first 16 minutes, with C1 6 s
   * in its first 8, and the server's CPU under load stayed the same.
   */
  public static final List<String> DATABASE_SERVER = List.of("-XX:TieredStopAtLevel=1");

  /** The JVM options for the compiler the environment chooses. */
  public static List<String> options() {
    return options(System::getenv);
  }

  static List<String> options(UnaryOperator<String> env) {
    String mode = env.apply(ENV);
    String chosen = mode == null || mode.isBlank() ? "c2" : mode.trim().toLowerCase(Locale.ROOT);
    return switch (chosen) {
      case "c1" -> List.of("-XX:TieredStopAtLevel=1");
      case "c2" -> List.of();
      default -> throw new IllegalArgumentException(ENV + " must be c1 or c2, not '" + mode + "'");
    };
  }
}
