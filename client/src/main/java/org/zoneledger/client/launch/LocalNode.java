package org.zoneledger.client.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One node of the local zone under {@code <zoneDir>/<nodeId>}: its H2 database server ({@code db/},
 * {@link H2Server}) and its Payara Micro instances ({@code <nodeId>-i<n>/}, each with its log and
 * PID file), all in one Hazelcast cluster named after the node, on the ports {@link LocalZonePorts}
 * gives node {@code index}.
 *
 * @param nodeId the node's id
 * @param index the node's position in the zone descriptor, 1-based (picks its ports)
 * @param dir the node's folder
 * @param artifacts folder holding payara-micro.jar, zone-kafka-rar.rar, zone-ledger.war and the
 *     pre-/post-boot command files
 * @param ports the zone's port scheme
 * @param instances number of instances
 * @param nodeEnv the node's own settings for every instance (e.g. {@link
 *     ZoneNodeEnvironment#env()})
 */
public record LocalNode(
    String nodeId,
    int index,
    Path dir,
    Path artifacts,
    LocalZonePorts ports,
    int instances,
    Map<String, String> nodeEnv) {

  public static final String DATABASE = "node";

  public LocalNode {
    nodeEnv = Map.copyOf(nodeEnv);
  }

  /** The node's database folder, where its H2 server keeps the files, log and PID. */
  public Path databaseDir() {
    return dir.resolve("db");
  }

  /** Starts the database server unless it runs; returns its PID. */
  public long startDatabase() throws IOException {
    Optional<ProcessHandle> running = H2Server.live(databaseDir());
    if (running.isPresent()) {
      return running.get().pid();
    }
    return H2Server.start(databaseDir(), ports.database(index), Duration.ofSeconds(30)).pid();
  }

  /** Starts every instance without waiting for them (the database must run). */
  public List<PayaraInstance> launch(String bootstrapServers) throws IOException {
    List<PayaraInstance> started = new ArrayList<>();
    for (int i = 0; i < instances; i++) {
      started.add(PayaraInstance.start(command(i), env(bootstrapServers)));
    }
    return started;
  }

  /** Starts the database server if it is not running, then every instance; waits for health. */
  public List<PayaraInstance> start(String bootstrapServers, Duration timeout)
      throws IOException, InterruptedException {
    startDatabase();
    List<PayaraInstance> started = launch(bootstrapServers);
    for (PayaraInstance instance : started) {
      instance.awaitHealthy(timeout);
    }
    return started;
  }

  /** The environment of every instance of this node: broker, database, then the node's own. */
  public Map<String, String> env(String bootstrapServers) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("ZONELEDGER_KAFKA_BOOTSTRAP", bootstrapServers);
    env.put("ZONELEDGER_DB_DATASOURCE", "org.zoneledger.persistence.jdbc.H2LocalDataSource");
    env.put("ZONELEDGER_DB_URL", H2Server.url(ports.database(index), DATABASE));
    env.put("ZONELEDGER_DB_USER", "sa");
    env.put("ZONELEDGER_DB_PASSWORD", "sa");
    env.putAll(nodeEnv);
    return env;
  }

  public PayaraMicroCommand command(int index) {
    List<Integer> hazelcast = new ArrayList<>();
    for (int i = 0; i < instances; i++) {
      hazelcast.add(ports.hazelcast(this.index, i));
    }
    hazelcast.add(0, hazelcast.remove(index));
    return new PayaraMicroCommand(
        artifacts.resolve("payara-micro.jar"),
        artifacts.resolve("zone-kafka-rar.rar"),
        artifacts.resolve("zone-ledger.war"),
        artifacts.resolve("pre-boot-commands.asadmin"),
        artifacts.resolve("post-boot-commands.asadmin"),
        instanceDir(index),
        instanceName(index),
        nodeId,
        ports.http(this.index, index),
        hazelcast,
        512);
  }

  public String instanceName(int index) {
    return nodeId + "-i" + index;
  }

  public Path instanceDir(int index) {
    return dir.resolve(instanceName(index));
  }

  /** Instance folders that hold a PID file, whatever the current instance count. */
  public List<Path> instanceDirs() throws IOException {
    return instanceDirs(dir);
  }

  /** Instance folders under a node folder that hold a PID file. */
  public static List<Path> instanceDirs(Path nodeDir) throws IOException {
    if (!Files.isDirectory(nodeDir)) {
      return List.of();
    }
    try (var list = Files.list(nodeDir)) {
      return list.filter(p -> Files.exists(p.resolve("instance.pid"))).sorted().toList();
    }
  }

  /** The live process of the instance in {@code instanceDir}, if its PID file names one of ours. */
  public static Optional<ProcessHandle> liveInstance(Path instanceDir) throws IOException {
    Path pidFile = instanceDir.resolve("instance.pid");
    if (!Files.exists(pidFile)) {
      return Optional.empty();
    }
    long pid = Long.parseLong(Files.readString(pidFile).strip());
    String marker = "--rootdir " + instanceDir;
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false));
  }
}
