package org.zoneledger.client.broker;

import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs Kafka's main classes in child JVMs: the storage format and the server itself. */
final class BrokerProcess {

  static final String KAFKA_MAIN = "kafka.Kafka";
  static final String STORAGE_TOOL = "kafka.tools.StorageTool";
  private static final long FORMAT_TIMEOUT_SECONDS = 120;

  private final BrokerFiles files;
  private final String maxHeap;

  BrokerProcess(BrokerFiles files, String maxHeap) {
    this.files = files;
    this.maxHeap = maxHeap;
  }

  /** Formats the storage with the given cluster id (static quorum, hence no --standalone). */
  void format(String clusterId) {
    List<String> command =
        javaCommand(
            STORAGE_TOOL,
            "format",
            "--cluster-id",
            clusterId,
            "--config",
            files.serverProperties().toString());
    Process process = launch(command);
    try {
      if (!process.waitFor(FORMAT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new BrokerException("formatting the storage timed out; see " + files.logFile());
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new BrokerException("interrupted while formatting the storage", e);
    }
    if (process.exitValue() != 0) {
      throw new BrokerException(
          "formatting the storage failed (exit "
              + process.exitValue()
              + "); see "
              + files.logFile());
    }
  }

  /** Starts {@code kafka.Kafka server.properties}; returns at once. */
  Process startServer() {
    return launch(javaCommand(KAFKA_MAIN, files.serverProperties().toString()));
  }

  List<String> javaCommand(String mainClass, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(PidFile.marker(files));
    command.add("-Xmx" + maxHeap);
    command.add("-XX:+UseG1GC");
    command.add("-Djava.awt.headless=true");
    command.add("-Dlog4j2.configurationFile=" + files.log4jConfig().toUri());
    command.add("-cp");
    command.add(KafkaClasspath.resolve());
    command.add(mainClass);
    command.addAll(List.of(args));
    return command;
  }

  private Process launch(List<String> command) {
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(files.dir().toFile())
            .redirectErrorStream(true)
            .redirectOutput(Redirect.appendTo(files.logFile().toFile()));
    File devNull = new File("/dev/null");
    if (devNull.exists()) {
      builder.redirectInput(devNull);
    }
    try {
      return builder.start();
    } catch (IOException e) {
      throw new BrokerException("cannot start " + command.get(0), e);
    }
  }
}
