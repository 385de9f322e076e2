package org.zoneledger.client.launch;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.zoneledger.protocol.zone.ZoneDescriptor;
import org.zoneledger.protocol.zone.ZoneDescriptorJson;
import org.zoneledger.protocol.zone.ZoneNode;

/**
 * A zone on this machine under one folder: the descriptor {@code zone.json} and node keys written
 * by {@code zone init}, and one folder per node ({@link LocalNode}) with its database and instances
 * on the ports of {@link LocalZonePorts}. Every node runs consensus ({@link ZoneNodeEnvironment})
 * and the echo diagnostics on {@link #ECHO_TOPIC} with a group of its own.
 */
public final class LocalZone {

  public static final String DESCRIPTOR = "zone.json";
  public static final String ECHO_TOPIC = "zoneledger.echo";
  public static final String ECHO_ACK_TOPIC = "zoneledger.echo.ack";
  public static final String ECHO_DLQ_TOPIC = "zoneledger.echo.dlq";

  private final Path dir;
  private final Path artifacts;
  private final ZoneDescriptor descriptor;
  private final LocalZonePorts ports;

  private LocalZone(Path dir, Path artifacts, ZoneDescriptor descriptor, LocalZonePorts ports) {
    this.dir = dir;
    this.artifacts = artifacts;
    this.descriptor = descriptor;
    this.ports = ports;
  }

  /**
   * The zone commissioned in {@code dir}.
   *
   * @throws IllegalArgumentException when its API URLs do not follow {@link LocalZonePorts}
   */
  public static LocalZone open(Path dir, Path artifacts) throws IOException {
    ZoneDescriptor descriptor = ZoneDescriptorJson.read(dir.resolve(DESCRIPTOR));
    return new LocalZone(dir, artifacts, descriptor, LocalZonePorts.of(descriptor));
  }

  /** Whether {@code dir} holds a zone descriptor. */
  public static boolean commissioned(Path dir) {
    return Files.exists(dir.resolve(DESCRIPTOR));
  }

  public ZoneDescriptor descriptor() {
    return descriptor;
  }

  public Path descriptorFile() {
    return dir.resolve(DESCRIPTOR);
  }

  public LocalZonePorts ports() {
    return ports;
  }

  public ZoneTopics topics() {
    return ZoneTopics.of(descriptor);
  }

  /** The zone's topics and the echo topics, with the partition count of each. */
  public Map<String, Integer> topicsToCreate(int partitions) {
    Map<String, Integer> topics = topics().withPartitions(partitions);
    topics.put(ECHO_TOPIC, 12);
    topics.put(ECHO_ACK_TOPIC, 3);
    topics.put(ECHO_DLQ_TOPIC, 1);
    return topics;
  }

  /** The nodes in descriptor order, each with {@code instances} instances. */
  public List<LocalNode> nodes(int instances) throws IOException {
    List<LocalNode> nodes = new ArrayList<>();
    List<ZoneNode> members = descriptor.nodes();
    for (int k = 1; k <= members.size(); k++) {
      String id = members.get(k - 1).id().value();
      ZoneNodeEnvironment env =
          ZoneNodeEnvironment.of(descriptorFile(), id).withEcho(ECHO_TOPIC, ECHO_ACK_TOPIC);
      nodes.add(new LocalNode(id, k, dir.resolve(id), artifacts, ports, instances, env.env()));
    }
    return nodes;
  }

  /** The base URL of each node's first instance, in descriptor order (what a client talks to). */
  public List<URI> nodeUrls() {
    List<URI> urls = new ArrayList<>();
    for (int k = 1; k <= descriptor.nodes().size(); k++) {
      urls.add(ports.url(k, 0));
    }
    return urls;
  }

  /**
   * Starts every node's database, then all instances of all nodes at once, and waits until each is
   * healthy. On a failure the instances started so far are stopped.
   */
  public List<PayaraInstance> start(List<LocalNode> nodes, String bootstrap, Duration timeout)
      throws IOException, InterruptedException {
    for (LocalNode node : nodes) {
      node.startDatabase();
    }
    List<PayaraInstance> started = new ArrayList<>();
    try {
      for (LocalNode node : nodes) {
        started.addAll(node.launch(bootstrap));
      }
      for (PayaraInstance instance : started) {
        instance.awaitHealthy(timeout);
      }
      return started;
    } catch (IOException | InterruptedException | RuntimeException e) {
      for (PayaraInstance instance : started) {
        instance.kill();
      }
      throw e;
    }
  }

  /**
   * Folders of nodes that were started under {@code dir} (holding a database or instance PID file),
   * whatever the descriptor says now: what {@code down} and {@code status} look at.
   */
  public static List<Path> nodeDirs(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (var list = Files.list(dir)) {
      return list.filter(Files::isDirectory)
          .filter(
              p -> {
                try {
                  return Files.exists(p.resolve("db").resolve("h2.pid"))
                      || !LocalNode.instanceDirs(p).isEmpty();
                } catch (IOException e) {
                  return false;
                }
              })
          .sorted()
          .toList();
    }
  }

  /** Stops the process (SIGTERM), waiting at most {@code timeout}; then SIGKILL. */
  public static void stop(ProcessHandle process, Duration timeout) throws InterruptedException {
    process.destroy();
    try {
      process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } catch (java.util.concurrent.TimeoutException e) {
      process.destroyForcibly();
    }
  }

  /** The HTTP port on the command line of a live instance ({@code --port N}). */
  public static Optional<Integer> httpPort(ProcessHandle instance) {
    return instance
        .info()
        .arguments()
        .flatMap(
            args -> {
              for (int i = 0; i + 1 < args.length; i++) {
                if (args[i].equals("--port")) {
                  return Optional.of(Integer.parseInt(args[i + 1]));
                }
              }
              return Optional.empty();
            });
  }
}
