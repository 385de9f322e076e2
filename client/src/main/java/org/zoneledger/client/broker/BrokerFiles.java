package org.zoneledger.client.broker;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.common.Uuid;

/** The layout of a broker's data folder, and the files the launcher writes into it. */
public record BrokerFiles(Path dir) {

  public BrokerFiles {
    dir = dir.toAbsolutePath().normalize();
  }

  public Path serverProperties() {
    return dir.resolve("server.properties");
  }

  public Path log4jConfig() {
    return dir.resolve("log4j2.properties");
  }

  /** The broker's stdout and stderr (its log4j output goes to stdout). */
  public Path logFile() {
    return dir.resolve("broker.log");
  }

  public Path pidFile() {
    return dir.resolve("broker.pid");
  }

  public Path clusterIdFile() {
    return dir.resolve("cluster.id");
  }

  /** Kafka's {@code log.dirs}: partitions and the KRaft metadata log. */
  public Path dataDir() {
    return dir.resolve("data");
  }

  /** Written by the storage format; its presence means "formatted". */
  public boolean isFormatted() {
    return Files.isRegularFile(metaProperties());
  }

  /** Writes server.properties and the log4j2 configuration for these settings. */
  void writeConfiguration(BrokerSettings settings) {
    write(serverProperties(), ServerProperties.render(settings, dataDir()));
    write(log4jConfig(), LOG4J_CONFIG);
  }

  /**
   * The folder's cluster id: the formatted storage's if there is one, else the one kept in
   * cluster.id, created on first use so the format that follows uses it.
   */
  String clusterId() {
    try {
      if (isFormatted()) {
        return formattedClusterId();
      }
      if (Files.isRegularFile(clusterIdFile())) {
        return Files.readString(clusterIdFile(), StandardCharsets.UTF_8).trim();
      }
      String id = Uuid.randomUuid().toString();
      write(clusterIdFile(), id + "\n");
      return id;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String formattedClusterId() throws IOException {
    Properties meta = new Properties();
    try (Reader in = Files.newBufferedReader(metaProperties(), StandardCharsets.UTF_8)) {
      meta.load(in);
    }
    String id = meta.getProperty("cluster.id");
    if (id == null || id.isBlank()) {
      throw new BrokerException(metaProperties() + " has no cluster.id");
    }
    return id.trim();
  }

  private Path metaProperties() {
    return dataDir().resolve("meta.properties");
  }

  private void write(Path file, String content) {
    try {
      Files.createDirectories(dir);
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static final String LOG4J_CONFIG =
      """
      # Written by the zone ledger broker launcher; rewritten at every start.
      status = warn
      appender.console.type = Console
      appender.console.name = STDOUT
      appender.console.layout.type = PatternLayout
      appender.console.layout.pattern = [%d] %p %m (%c)%n
      rootLogger.level = INFO
      rootLogger.appenderRef.stdout.ref = STDOUT
      logger.request.name = kafka.request.logger
      logger.request.level = WARN
      """;
}
