package org.zoneledger.client.launch;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The JIT compiler of a node's JVMs (its Payara Micro instances and its H2 server). By default the
 * client compiler only ({@code -XX:TieredStopAtLevel=1}): measured on the 2-core reference machine,
 * C2 compilation took 40–54 % of an instance's CPU for its first ten minutes and about half of all
 * CPU while a restarted node caught up, and the client compiler alone made that catch-up and the
 * fault ITs about a third faster. {@code ZONELEDGER_JIT=c2} keeps the JVM's default tiered
 * compilation, for long-running nodes on larger machines.
 */
public final class NodeJit {
  /** The environment variable that chooses the compiler: {@code c1} (default) or {@code c2}. */
  public static final String ENV = "ZONELEDGER_JIT";

  private NodeJit() {}

  /** The JVM options for the compiler the environment chooses. */
  public static List<String> options() {
    return options(System::getenv);
  }

  static List<String> options(UnaryOperator<String> env) {
    String mode = env.apply(ENV);
    String chosen = mode == null || mode.isBlank() ? "c1" : mode.trim().toLowerCase(Locale.ROOT);
    return switch (chosen) {
      case "c1" -> List.of("-XX:TieredStopAtLevel=1");
      case "c2" -> List.of();
      default -> throw new IllegalArgumentException(ENV + " must be c1 or c2, not '" + mode + "'");
    };
  }
}
