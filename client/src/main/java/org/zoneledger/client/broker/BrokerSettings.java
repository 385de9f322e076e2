package org.zoneledger.client.broker;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What a broker is started with. A port of 0 means "pick a free port on 127.0.0.1 at start".
 *
 * @param dir the data folder: configuration, storage, log and PID file live here
 * @param port the PLAINTEXT client port
 * @param controllerPort the KRaft controller port
 * @param maxHeap the child JVM's {@code -Xmx} value, e.g. {@code 512m}
 * @param startTimeout how long {@link KafkaBroker#start} waits for the broker to accept connections
 */
public record BrokerSettings(
    Path dir, int port, int controllerPort, String maxHeap, Duration startTimeout) {

  public static final int DEFAULT_PORT = 9092;
  public static final int DEFAULT_CONTROLLER_PORT = 9093;
  public static final String DEFAULT_MAX_HEAP = "512m";
  public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(60);

  public BrokerSettings {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(maxHeap, "maxHeap");
    Objects.requireNonNull(startTimeout, "startTimeout");
    checkPort(port, "port");
    checkPort(controllerPort, "controllerPort");
    dir = dir.toAbsolutePath().normalize();
  }

  /** Settings with the default ports (9092, 9093), heap and timeout. */
  public static BrokerSettings of(Path dir) {
    return new BrokerSettings(
        dir, DEFAULT_PORT, DEFAULT_CONTROLLER_PORT, DEFAULT_MAX_HEAP, DEFAULT_START_TIMEOUT);
  }

  /** Settings that pick free ports at start. */
  public static BrokerSettings withFreePorts(Path dir) {
    return of(dir).withPorts(0, 0);
  }

  public BrokerSettings withPorts(int newPort, int newControllerPort) {
    return new BrokerSettings(dir, newPort, newControllerPort, maxHeap, startTimeout);
  }

  public BrokerSettings withStartTimeout(Duration timeout) {
    return new BrokerSettings(dir, port, controllerPort, maxHeap, timeout);
  }

  /** These settings with every 0 port replaced by a free port on 127.0.0.1. */
  BrokerSettings withResolvedPorts() {
    int resolvedPort = port == 0 ? FreePort.pick() : port;
    int resolvedController = controllerPort;
    while (resolvedController == 0 || resolvedController == resolvedPort) {
      resolvedController = FreePort.pick();
    }
    return withPorts(resolvedPort, resolvedController);
  }

  private static void checkPort(int value, String name) {
    if (value < 0 || value > 65535) {
      throw new IllegalArgumentException(
          name + " must be 0 (pick a free one) or 1-65535: " + value);
    }
  }
}
