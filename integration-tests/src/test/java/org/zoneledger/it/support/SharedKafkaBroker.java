package org.zoneledger.it.support;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.zoneledger.client.broker.BrokerSettings;
import org.zoneledger.client.broker.KafkaBroker;

/**
 * The one broker of a test run, kept in the root extension store so JUnit closes it when the run
 * ends. A shutdown hook stops it too if the JVM is ended before that (Ctrl-C of the build).
 */
@SuppressWarnings("deprecation") // CloseableResource: asked for by the harness design; see close()
final class SharedKafkaBroker implements ExtensionContext.Store.CloseableResource, AutoCloseable {

  private final KafkaBroker broker;
  private final Thread shutdownHook;
  private final AtomicBoolean closed = new AtomicBoolean();

  private SharedKafkaBroker(KafkaBroker broker) {
    this.broker = broker;
    this.shutdownHook = new Thread(broker::stop, "kafka-it-broker-stop");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /** Starts a broker on free ports in a folder of this run. */
  static SharedKafkaBroker start(Path dir) {
    long begin = System.nanoTime();
    KafkaBroker broker = KafkaBroker.start(BrokerSettings.withFreePorts(dir));
    System.out.printf(
        "[kafka-it] broker pid %d on %s started in %.1f s (log %s)%n",
        broker.pid(),
        broker.bootstrapServers(),
        (System.nanoTime() - begin) / 1e9,
        broker.logFile());
    return new SharedKafkaBroker(broker);
  }

  KafkaBroker broker() {
    return broker;
  }

  /**
   * Stops the broker once. JUnit 5.13 closes store values that are CloseableResource or
   * AutoCloseable; implementing both and closing once keeps this right on either side of that
   * change.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      broker.stop();
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException alreadyShuttingDown) {
        // the hook is running or ran; nothing left to undo
      }
    }
  }
}
