package org.zoneledger.client.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A single-node KRaft Kafka broker running in a child JVM on 127.0.0.1, with its data in a folder.
 *
 * <p>{@link #start} formats the storage only if the folder has never been formatted, so starting
 * twice on the same folder keeps the topics and records. The PID goes to {@code <dir>/broker.pid};
 * {@link #stop(Path)} stops the broker from any JVM.
 */
public final class KafkaBroker implements AutoCloseable {

  static final Duration STOP_GRACE = Duration.ofSeconds(30);
  static final Duration KILL_WAIT = Duration.ofSeconds(10);

  private final BrokerFiles files;
  private final ProcessHandle process;
  private final String bootstrapServers;

  private KafkaBroker(BrokerFiles files, ProcessHandle process, String bootstrapServers) {
    this.files = files;
    this.process = process;
    this.bootstrapServers = bootstrapServers;
  }

  /**
   * Writes the configuration, formats the storage if needed, starts the broker and waits until it
   * accepts connections.
   *
   * @throws BrokerException if a broker already runs on this folder, or the start fails or times
   *     out (the broker is then stopped; its log is in {@code <dir>/broker.log})
   */
  public static KafkaBroker start(BrokerSettings requested) {
    BrokerFiles files = new BrokerFiles(requested.dir());
    PidFile pidFile = new PidFile(files);
    pidFile
        .liveBroker()
        .ifPresent(
            running -> {
              throw new BrokerException(
                  "a Kafka broker already runs on " + files.dir() + " (pid " + running.pid() + ")");
            });
    BrokerSettings settings = requested.withResolvedPorts();
    files.writeConfiguration(settings);
    BrokerProcess launcher = new BrokerProcess(files, settings.maxHeap());
    String clusterId = files.clusterId();
    if (!files.isFormatted()) {
      launcher.format(clusterId);
    }
    ProcessHandle process = launcher.startServer().toHandle();
    pidFile.write(process.pid());
    String bootstrap = "127.0.0.1:" + settings.port();
    try {
      BrokerReadiness.await(
          bootstrap, clusterId, process, settings.startTimeout(), files.logFile());
    } catch (RuntimeException e) {
      terminate(process);
      pidFile.delete();
      throw e;
    }
    return new KafkaBroker(files, process, bootstrap);
  }

  /**
   * Stops the broker whose PID is in {@code <dir>/broker.pid}: SIGTERM, then SIGKILL if it has not
   * exited within {@link #STOP_GRACE}. A stale PID file is removed.
   *
   * @return whether a running broker was stopped
   */
  public static boolean stop(Path dir) {
    PidFile pidFile = new PidFile(new BrokerFiles(dir));
    Optional<ProcessHandle> running = pidFile.liveBroker();
    running.ifPresent(KafkaBroker::terminate);
    pidFile.delete();
    return running.isPresent();
  }

  /** Creates topics (name → partitions, replication factor 1) and waits for their leaders. */
  public static void createTopics(String bootstrap, Map<String, Integer> partitionsByTopic) {
    KafkaTopics.create(bootstrap, partitionsByTopic);
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  public long pid() {
    return process.pid();
  }

  public Path dir() {
    return files.dir();
  }

  public Path logFile() {
    return files.logFile();
  }

  public boolean isRunning() {
    return process.isAlive();
  }

  /** Stops this broker and removes its PID file. */
  public void stop() {
    terminate(process);
    new PidFile(files).delete();
  }

  @Override
  public void close() {
    stop();
  }

  /** Deletes the folder of a broker that is not running (for tests that want a fresh cluster). */
  public static void deleteData(Path dir) {
    if (BrokerStatus.of(dir).isPresent()) {
      throw new BrokerException("a Kafka broker still runs on " + dir + "; stop it first");
    }
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }

  private static void terminate(ProcessHandle process) {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    if (awaitExit(process, STOP_GRACE)) {
      return;
    }
    process.destroyForcibly();
    if (!awaitExit(process, KILL_WAIT)) {
      throw new BrokerException("the Kafka broker (pid " + process.pid() + ") did not exit");
    }
  }

  private static boolean awaitExit(ProcessHandle process, Duration timeout) {
    try {
      process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      return !process.isAlive();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BrokerException("interrupted while stopping pid " + process.pid(), e);
    }
  }
}
