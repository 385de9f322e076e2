package org.zoneledger.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zoneledger.client.broker.FreePort;
import org.zoneledger.client.launch.PayaraInstance;
import org.zoneledger.client.launch.PayaraMicroCommand;

/**
 * One node of a test: its database and up to {@link #MAX_INSTANCES} Payara Micro instances in one
 * Hazelcast cluster, each deploying the RAR and the WAR built by this run. A test can start, stop
 * and kill instances; closing the node stops whatever still runs and drops the database.
 */
public final class TestNode implements AutoCloseable {

  public static final int MAX_INSTANCES = 3;
  private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(5);

  private final String name;
  private final Path dir;
  private final TestDatabase database;
  private final Map<String, String> env = new HashMap<>();
  private final List<Integer> hazelcastPorts = new ArrayList<>();
  private final List<PayaraInstance> started = new ArrayList<>();

  private TestNode(String name, Path dir, String bootstrapServers, Map<String, String> extraEnv) {
    this.name = name;
    this.dir = dir;
    this.database = TestDatabase.create(dir);
    env.putAll(database.env());
    env.put("ZONELEDGER_KAFKA_BOOTSTRAP", bootstrapServers);
    env.putAll(extraEnv);
    for (int i = 0; i < MAX_INSTANCES; i++) {
      hazelcastPorts.add(FreePort.pick());
    }
  }

  /** A node named {@code name} under {@code target/it-work/<name>-<nanos>}. */
  public static TestNode create(String name, String bootstrapServers, Map<String, String> env) {
    Path work = Path.of(System.getProperty("it.work", "target/it-work")).toAbsolutePath();
    Path dir = work.resolve(name + "-" + System.nanoTime());
    return new TestNode(name, dir, bootstrapServers, env);
  }

  public TestDatabase database() {
    return database;
  }

  /** Starts instance {@code index} (0-based) and waits until it is healthy. */
  public PayaraInstance startInstance(int index) throws IOException, InterruptedException {
    PayaraInstance instance = launch(index);
    instance.awaitHealthy(BOOT_TIMEOUT);
    return instance;
  }

  /** Starts instance {@code index} without waiting for it. */
  public PayaraInstance launch(int index) throws IOException {
    List<Integer> ports = new ArrayList<>(hazelcastPorts);
    ports.add(0, ports.remove(index));
    String instanceName = name + "-i" + index;
    PayaraMicroCommand command =
        new PayaraMicroCommand(
            artifact("payara-micro.jar"),
            artifact("zone-kafka-rar.rar"),
            artifact("zone-ledger.war"),
            config("pre-boot-commands.asadmin"),
            config("post-boot-commands.asadmin"),
            dir.resolve(instanceName),
            instanceName,
            name,
            FreePort.pick(),
            ports,
            512);
    PayaraInstance instance = PayaraInstance.start(command, env);
    started.add(instance);
    return instance;
  }

  private static Path artifact(String file) {
    Path p = Path.of(System.getProperty("it.artifacts", "target/it-artifacts"), file);
    if (!Files.exists(p)) {
      throw new IllegalStateException(p + " missing: run the tests with mvn verify");
    }
    return p.toAbsolutePath();
  }

  private Path config(String file) {
    Path target = dir.resolve(file);
    try (InputStream in = getClass().getResourceAsStream("/org/zoneledger/payara/" + file)) {
      Files.createDirectories(dir);
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws InterruptedException {
    for (PayaraInstance instance : started) {
      if (instance.isAlive()) {
        instance.stop();
      }
    }
    database.close();
  }
}
