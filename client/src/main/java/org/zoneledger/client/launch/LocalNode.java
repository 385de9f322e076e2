package org.zoneledger.client.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * One node of the local zone under {@code <zoneDir>/<nodeId>}: its H2 database ({@code db/}) and
 * its Payara Micro instances ({@code <nodeId>-i<n>/}, each with its log and PID file), all in one
 * Hazelcast cluster named after the node.
 *
 * @param nodeId the node's id
 * @param dir the node's folder
 * @param artifacts folder holding payara-micro.jar, zone-kafka-rar.rar, zone-ledger.war and the
 *     pre-/post-boot command files
 * @param firstHttpPort HTTP port of instance 0; instance n listens on {@code firstHttpPort + n}
 * @param firstHazelcastPort Hazelcast port of instance 0
 * @param databasePort port of the node's H2 database server ({@link H2Server}, under {@code db/})
 * @param instances number of instances
 */
public record LocalNode(
    String nodeId,
    Path dir,
    Path artifacts,
    int firstHttpPort,
    int firstHazelcastPort,
    int databasePort,
    int instances) {

  /** The node's database folder, where its H2 server keeps the files, log and PID. */
  public Path databaseDir() {
    return dir.resolve("db");
  }

  /** Starts the database server if it is not running, then every instance; waits for health. */
  public List<PayaraInstance> start(String bootstrapServers, Duration timeout)
      throws IOException, InterruptedException {
    if (H2Server.live(databaseDir()).isEmpty()) {
      H2Server.start(databaseDir(), databasePort, Duration.ofSeconds(30));
    }
    List<PayaraInstance> started = new ArrayList<>();
    for (int i = 0; i < instances; i++) {
      started.add(PayaraInstance.start(command(i), env(bootstrapServers)));
    }
    for (PayaraInstance instance : started) {
      instance.awaitHealthy(timeout);
    }
    return started;
  }

  /** The environment of every instance of this node. */
  public Map<String, String> env(String bootstrapServers) {
    String url =
        "jdbc:h2:file:"
            + dir.resolve("db/node").toAbsolutePath()
            + ";AUTO_SERVER=TRUE;AUTO_RECONNECT=TRUE";
    return Map.of(
        "ZONELEDGER_KAFKA_BOOTSTRAP", bootstrapServers,
        "ZONELEDGER_DB_DATASOURCE", "org.h2.jdbcx.JdbcDataSource",
        "ZONELEDGER_DB_URL", url,
        "ZONELEDGER_NODE_ID", nodeId);
  }

  public PayaraMicroCommand command(int index) {
    List<Integer> ports =
        new ArrayList<>(
            IntStream.range(0, instances).map(i -> firstHazelcastPort + i).boxed().toList());
    ports.add(0, ports.remove(index));
    return new PayaraMicroCommand(
        artifacts.resolve("payara-micro.jar"),
        artifacts.resolve("zone-kafka-rar.rar"),
        artifacts.resolve("zone-ledger.war"),
        artifacts.resolve("pre-boot-commands.asadmin"),
        artifacts.resolve("post-boot-commands.asadmin"),
        instanceDir(index),
        nodeId + "-i" + index,
        nodeId,
        firstHttpPort + index,
        ports,
        512);
  }

  public Path instanceDir(int index) {
    return dir.resolve(nodeId + "-i" + index);
  }

  /** Instance folders that hold a PID file, whatever the current instance count. */
  public List<Path> instanceDirs() throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (var list = Files.list(dir)) {
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
