package org.zoneledger.client.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zoneledger.client.broker.BrokerSettings;
import org.zoneledger.client.broker.BrokerStatus;
import org.zoneledger.client.broker.KafkaBroker;

/** {@code broker start|stop|status --dir D [--port P] [--controller-port C]}. */
final class BrokerCommand {

  static final String USAGE =
      """
      broker start  --dir D [--port P] [--controller-port C]   (ports: 0 picks a free one)
      broker stop   --dir D
      broker status --dir D""";

  private BrokerCommand() {}

  /** Runs the subcommand; returns the exit code. */
  static int run(List<String> args, PrintStream out) {
    if (args.isEmpty()) {
      throw new UsageException("broker needs a subcommand");
    }
    List<String> rest = args.subList(1, args.size());
    return switch (args.get(0)) {
      case "start" ->
          start(CliOptions.parse(rest, Set.of("--dir", "--port", "--controller-port")), out);
      case "stop" -> stop(dir(CliOptions.parse(rest, Set.of("--dir"))), out);
      case "status" -> status(dir(CliOptions.parse(rest, Set.of("--dir"))), out);
      default -> throw new UsageException("unknown broker subcommand " + args.get(0));
    };
  }

  private static int start(CliOptions options, PrintStream out) {
    BrokerSettings settings =
        BrokerSettings.of(dir(options))
            .withPorts(
                options.intValue("--port", BrokerSettings.DEFAULT_PORT),
                options.intValue("--controller-port", BrokerSettings.DEFAULT_CONTROLLER_PORT));
    long begin = System.nanoTime();
    KafkaBroker broker = KafkaBroker.start(settings);
    out.printf(
        "Kafka broker running: pid %d, bootstrap %s, started in %.1f s%n  data %s%n  log  %s%n",
        broker.pid(),
        broker.bootstrapServers(),
        (System.nanoTime() - begin) / 1e9,
        broker.dir(),
        broker.logFile());
    return 0;
  }

  private static int stop(Path dir, PrintStream out) {
    out.println(
        KafkaBroker.stop(dir)
            ? "Kafka broker on " + dir + " stopped"
            : "no Kafka broker runs on " + dir);
    return 0;
  }

  private static int status(Path dir, PrintStream out) {
    Optional<BrokerStatus> status = BrokerStatus.of(dir);
    if (status.isEmpty()) {
      out.println("no Kafka broker runs on " + dir);
      return 3;
    }
    out.printf(
        "Kafka broker running: pid %d, bootstrap %s%n",
        status.get().pid(), status.get().bootstrapServers());
    return 0;
  }

  private static Path dir(CliOptions options) {
    return Path.of(options.required("--dir")).toAbsolutePath().normalize();
  }
}
