package org.zoneledger.client.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zoneledger.client.broker.BrokerSettings;
import org.zoneledger.client.broker.BrokerStatus;
import org.zoneledger.client.broker.KafkaBroker;
import org.zoneledger.client.launch.H2Server;
import org.zoneledger.client.launch.LocalNode;
import org.zoneledger.client.launch.PayaraInstance;

/**
 * {@code zone up | down | status}: the local zone under one folder — a Kafka broker and the nodes
 * with their Payara Micro instances — started, stopped (by PID) and shown.
 */
final class LocalZoneCommands {

  static final String USAGE =
      "up [--dir D] [--artifacts A] [--instances N] [--port P] [--kafka-port K]\n"
          + "down [--dir D]\n"
          + "status [--dir D]\n";

  static final String ECHO_TOPIC = "zoneledger.echo";
  static final String ACK_TOPIC = "zoneledger.echo.ack";
  static final String DLQ_TOPIC = "zoneledger.echo.dlq";
  private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(4);

  private LocalZoneCommands() {}

  static int up(List<String> args, PrintStream out) throws IOException, InterruptedException {
    CliOptions options =
        CliOptions.parse(
            args, Set.of("--dir", "--artifacts", "--instances", "--port", "--kafka-port"));
    Path dir = zoneDir(options);
    Path artifacts =
        options.get("--artifacts").map(Path::of).orElse(dir.resolve("artifacts")).toAbsolutePath();
    int instances = options.intValue("--instances", 1);
    int port = options.intValue("--port", 8080);
    int kafkaPort = options.intValue("--kafka-port", BrokerSettings.DEFAULT_PORT);

    String bootstrap = broker(dir, kafkaPort, out);
    KafkaBroker.createTopics(bootstrap, Map.of(ECHO_TOPIC, 12, ACK_TOPIC, 3, DLQ_TOPIC, 1));
    LocalNode node = node(dir, artifacts, port, instances);
    if (!node.instanceDirs().isEmpty() && anyLive(node)) {
      throw new CommandException("node1 is already running; ./zone down first");
    }
    out.printf("starting node1: %d Payara Micro instance(s) on port %d…%n", instances, port);
    List<PayaraInstance> started = node.start(bootstrap, BOOT_TIMEOUT);
    for (PayaraInstance instance : started) {
      out.printf(
          "  %s pid %d  %s  log %s%n",
          instance.name(), instance.pid(), instance.baseUri(), instance.log());
    }
    new EchoDemo(bootstrap, started.get(0).baseUri(), out).run(100);
    out.printf(
        "%nthe zone runs. health: %s/api/admin/health — stop it with ./zone down%n",
        started.get(0).baseUri());
    return 0;
  }

  static int down(List<String> args, PrintStream out)
      throws IOException,
          InterruptedException,
          java.util.concurrent.ExecutionException,
          java.util.concurrent.TimeoutException {
    Path dir = zoneDir(CliOptions.parse(args, Set.of("--dir")));
    for (Path instanceDir : node(dir, dir.resolve("artifacts"), 8080, 1).instanceDirs()) {
      Optional<ProcessHandle> live = LocalNode.liveInstance(instanceDir);
      if (live.isPresent()) {
        live.get().destroy();
        live.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        out.printf("stopped %s (pid %d)%n", instanceDir.getFileName(), live.get().pid());
      }
    }
    Optional<ProcessHandle> database =
        H2Server.live(node(dir, dir.resolve("artifacts"), 8080, 1).databaseDir());
    if (database.isPresent()) {
      database.get().destroy();
      database.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
      out.printf("stopped the node1 database (pid %d)%n", database.get().pid());
    }
    boolean stopped = KafkaBroker.stop(dir.resolve("kafka"));
    out.println(stopped ? "stopped the Kafka broker" : "no Kafka broker was running");
    return 0;
  }

  static int status(List<String> args, PrintStream out) throws IOException {
    Path dir = zoneDir(CliOptions.parse(args, Set.of("--dir")));
    Optional<BrokerStatus> broker = BrokerStatus.of(dir.resolve("kafka"));
    out.println(
        broker
            .map(b -> "kafka   pid " + b.pid() + " on " + b.bootstrapServers())
            .orElse("kafka   not running"));
    LocalNode node = node(dir, dir.resolve("artifacts"), 8080, 1);
    out.println(
        H2Server.live(node.databaseDir())
            .map(p -> "node1-db pid " + p.pid() + " running")
            .orElse("node1-db stopped"));
    for (Path instanceDir : node.instanceDirs()) {
      Optional<ProcessHandle> live = LocalNode.liveInstance(instanceDir);
      out.printf(
          "%-7s %s%n",
          instanceDir.getFileName(),
          live.map(p -> "pid " + p.pid() + " running").orElse("stopped"));
    }
    return 0;
  }

  private static String broker(Path dir, int kafkaPort, PrintStream out) {
    Path kafkaDir = dir.resolve("kafka");
    Optional<BrokerStatus> running = BrokerStatus.of(kafkaDir);
    if (running.isPresent()) {
      out.println("Kafka broker already running on " + running.get().bootstrapServers());
      return running.get().bootstrapServers();
    }
    KafkaBroker broker =
        KafkaBroker.start(BrokerSettings.of(kafkaDir).withPorts(kafkaPort, kafkaPort + 1));
    out.printf(
        "Kafka broker pid %d on %s (log %s)%n",
        broker.pid(), broker.bootstrapServers(), broker.logFile());
    return broker.bootstrapServers();
  }

  private static LocalNode node(Path dir, Path artifacts, int port, int instances) {
    return new LocalNode("node1", dir.resolve("node1"), artifacts, port, 5701, 9101, instances);
  }

  private static boolean anyLive(LocalNode node) throws IOException {
    for (Path instanceDir : node.instanceDirs()) {
      if (LocalNode.liveInstance(instanceDir).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static Path zoneDir(CliOptions options) {
    return options.get("--dir").map(Path::of).orElse(Path.of(".zone")).toAbsolutePath().normalize();
  }
}
