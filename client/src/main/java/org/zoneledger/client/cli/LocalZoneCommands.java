package org.zoneledger.client.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zoneledger.client.broker.BrokerSettings;
import org.zoneledger.client.broker.BrokerStatus;
import org.zoneledger.client.broker.KafkaBroker;
import org.zoneledger.client.demo.CarSwapDemo;
import org.zoneledger.client.demo.DemoReport;
import org.zoneledger.client.demo.NodeAdmin;
import org.zoneledger.client.launch.H2Server;
import org.zoneledger.client.launch.LocalNode;
import org.zoneledger.client.launch.LocalZone;
import org.zoneledger.client.launch.LocalZonePorts;
import org.zoneledger.client.launch.PayaraInstance;

/**
 * {@code zone up | down | status | demo}: the local zone under one folder — a Kafka broker, the
 * zone's topics and its nodes (each an H2 server and Payara Micro instances) — commissioned if
 * needed, started, shown, stopped (by PID), and the demo run against it.
 */
final class LocalZoneCommands {

  static final String USAGE =
      "up [--dir D] [--artifacts A] [--instances N] [--nodes M] [--port P] [--kafka-port K]\n"
          + "   [--partitions X] [--no-demo] [--echo]\n"
          + "down [--dir D]\n"
          + "status [--dir D]\n"
          + "demo [--dir D]\n";

  static final int DEFAULT_NODES = 3;

  /**
   * Partitions per topic of a local zone. Two, not six: at a few transfers per second every
   * delivery is a one-record transaction per partition, and each node's entropy goes to every
   * partition each beat. Measured on fresh 3-node zones in one session: with 2 partitions every
   * transfer committed at 3/s and 5/s (4 runs); with 6, 99 of 120 at 3/s and 141 of 200 at 5/s (p50
   * 23 s), and 0 of 240 at 4/s on another. Two still gives each instance of a two-instance node a
   * partition.
   */
  static final int DEFAULT_PARTITIONS = 2;

  private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(5);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

  private LocalZoneCommands() {}

  static int up(List<String> args, PrintStream out) throws IOException, InterruptedException {
    CliOptions options =
        CliOptions.parse(
            args,
            Set.of(
                "--dir",
                "--artifacts",
                "--instances",
                "--nodes",
                "--port",
                "--kafka-port",
                "--partitions"),
            Set.of("--no-demo", "--echo"));
    Path dir = zoneDir(options);
    Path artifacts =
        options.get("--artifacts").map(Path::of).orElse(dir.resolve("artifacts")).toAbsolutePath();
    int instances = options.intValue("--instances", 1);
    if (instances < 1 || instances > LocalZonePorts.MAX_INSTANCES) {
      throw new UsageException("--instances must be 1 to " + LocalZonePorts.MAX_INSTANCES);
    }
    int partitions = options.intValue("--partitions", DEFAULT_PARTITIONS);
    int kafkaPort = options.intValue("--kafka-port", BrokerSettings.DEFAULT_PORT);
    LocalZone zone = commissioned(dir, artifacts, options, out);
    refuseRunning(dir);
    List<LocalNode> nodes = zone.nodes(instances);
    out.print(zone.ports().describe(nodes.size(), instances));

    long begin = System.nanoTime();
    String bootstrap = broker(dir, kafkaPort, out);
    Map<String, Integer> topics = zone.topicsToCreate(partitions);
    KafkaBroker.createTopics(bootstrap, topics);
    out.printf(
        "topics %s, %s, %s: %d partitions each%n",
        zone.topics().requests(), zone.topics().entityLog(), zone.topics().votes(), partitions);
    out.printf(
        "starting %d nodes × %d Payara Micro instance(s), consensus on (this takes a few"
            + " minutes on 2 cores)…%n",
        nodes.size(), instances);
    List<PayaraInstance> started = zone.start(nodes, bootstrap, BOOT_TIMEOUT);
    for (PayaraInstance instance : started) {
      out.printf(
          "  %-9s pid %-7d %s  healthy  log %s%n",
          instance.name(), instance.pid(), instance.baseUri(), instance.log());
    }
    out.printf(
        "zone %s is up: %d nodes healthy after %.1f s%n",
        zone.descriptor().zoneId(), nodes.size(), (System.nanoTime() - begin) / 1e9);

    int code = 0;
    if (options.flag("--echo")) {
      new EchoDemo(bootstrap, started.get(0).baseUri(), out).run(100);
    }
    if (!options.flag("--no-demo")) {
      DemoReport report = new CarSwapDemo(zone.descriptor(), zone.nodeUrls(), out).run();
      code = report.succeeded() ? 0 : 1;
    }
    out.printf(
        "%nthe zone runs: ./zone status shows it, ./zone demo runs the demo again,"
            + " ./zone down stops it.%n");
    return code;
  }

  static int demo(List<String> args, PrintStream out) throws IOException, InterruptedException {
    Path dir = zoneDir(CliOptions.parse(args, Set.of("--dir")));
    if (!LocalZone.commissioned(dir)) {
      throw new CommandException("no zone in " + dir + "; ./zone up first");
    }
    LocalZone zone = open(dir, dir.resolve("artifacts"));
    List<URI> urls = zone.nodeUrls();
    for (URI url : urls) {
      int health = new NodeAdmin(url).health();
      if (health != 200) {
        throw new CommandException(
            url + " is not healthy (" + (health < 0 ? "no answer" : "HTTP " + health) + ")");
      }
    }
    DemoReport report = new CarSwapDemo(zone.descriptor(), urls, out).run();
    return report.succeeded() ? 0 : 1;
  }

  static int down(List<String> args, PrintStream out)
      throws IOException,
          InterruptedException,
          java.util.concurrent.ExecutionException, // kept from the signature ZoneCli handles
          java.util.concurrent.TimeoutException {
    Path dir = zoneDir(CliOptions.parse(args, Set.of("--dir")));
    List<Path> nodeDirs = LocalZone.nodeDirs(dir);
    List<String> names = new ArrayList<>();
    List<ProcessHandle> stopping = new ArrayList<>();
    for (Path nodeDir : nodeDirs) {
      for (Path instanceDir : LocalNode.instanceDirs(nodeDir)) {
        Optional<ProcessHandle> live = LocalNode.liveInstance(instanceDir);
        if (live.isPresent()) {
          live.get().destroy(); // all at once: each takes a few seconds to shut down
          stopping.add(live.get());
          names.add(instanceDir.getFileName().toString());
        }
      }
    }
    for (int i = 0; i < stopping.size(); i++) {
      LocalZone.stop(stopping.get(i), STOP_TIMEOUT);
      out.printf("stopped %s (pid %d)%n", names.get(i), stopping.get(i).pid());
    }
    for (Path nodeDir : nodeDirs) {
      Optional<ProcessHandle> database = H2Server.live(nodeDir.resolve("db"));
      if (database.isPresent()) {
        LocalZone.stop(database.get(), STOP_TIMEOUT);
        out.printf(
            "stopped the %s database (pid %d)%n", nodeDir.getFileName(), database.get().pid());
      }
    }
    boolean stopped = KafkaBroker.stop(dir.resolve("kafka"));
    out.println(stopped ? "stopped the Kafka broker" : "no Kafka broker was running");
    return 0;
  }

  static int status(List<String> args, PrintStream out) throws IOException {
    Path dir = zoneDir(CliOptions.parse(args, Set.of("--dir")));
    return new ZoneStatus(dir, out).print();
  }

  /** The zone in {@code dir}, commissioned first ({@code zone init}) if it has no descriptor. */
  private static LocalZone commissioned(
      Path dir, Path artifacts, CliOptions options, PrintStream out) throws IOException {
    int port = options.intValue("--port", LocalZonePorts.DEFAULT_HTTP_BASE);
    if (!LocalZone.commissioned(dir)) {
      int nodes = options.intValue("--nodes", DEFAULT_NODES);
      if (nodes < 1 || nodes > LocalZonePorts.MAX_NODES) {
        throw new UsageException("--nodes must be 1 to " + LocalZonePorts.MAX_NODES);
      }
      ByteArrayOutputStream init = new ByteArrayOutputStream();
      InitCommand.run(
          new String[] {
            "--nodes", String.valueOf(nodes), "--dir", dir.toString(), "--base-port", "" + port
          },
          new PrintStream(init, true, StandardCharsets.UTF_8));
      out.printf("commissioned a zone of %d nodes in %s (zone init):%n", nodes, dir);
      out.print(init.toString(StandardCharsets.UTF_8).indent(2));
    }
    LocalZone zone = open(dir, artifacts);
    out.printf(
        "zone %s: %d nodes (%s), descriptor %s%n",
        zone.descriptor().zoneId(),
        zone.descriptor().nodes().size(),
        String.join(", ", zone.descriptor().nodes().stream().map(n -> n.id().value()).toList()),
        zone.descriptorFile());
    if (options.get("--nodes").isPresent()
        && options.intValue("--nodes", 0) != zone.descriptor().nodes().size()) {
      throw new CommandException(
          "the zone in "
              + dir
              + " has "
              + zone.descriptor().nodes().size()
              + " nodes;"
              + " remove "
              + zone.descriptorFile()
              + " and keys/ to commission another");
    }
    if (options.get("--port").isPresent() && port != zone.ports().httpBase()) {
      throw new CommandException(
          "the zone in "
              + dir
              + " was commissioned for HTTP base port "
              + zone.ports().httpBase()
              + "; omit --port or commission it again");
    }
    return zone;
  }

  private static LocalZone open(Path dir, Path artifacts) throws IOException {
    try {
      return LocalZone.open(dir, artifacts);
    } catch (IllegalArgumentException e) {
      throw new CommandException("cannot run the zone in " + dir + ": " + e.getMessage());
    }
  }

  private static void refuseRunning(Path dir) throws IOException {
    for (Path nodeDir : LocalZone.nodeDirs(dir)) {
      for (Path instanceDir : LocalNode.instanceDirs(nodeDir)) {
        if (LocalNode.liveInstance(instanceDir).isPresent()) {
          throw new CommandException(
              instanceDir.getFileName() + " is already running; ./zone down first");
        }
      }
    }
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

  static Path zoneDir(CliOptions options) {
    return options.get("--dir").map(Path::of).orElse(Path.of(".zone")).toAbsolutePath().normalize();
  }
}
