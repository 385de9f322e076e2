package org.zoneledger.kafka.ra;

import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkAdapter;
import jakarta.resource.spi.work.WorkEvent;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.zoneledger.kafka.inbound.ConsumerLoop;

/**
 * The long-running Work that owns one consumer for its whole life: the consumer is created, used
 * and closed on the Work's thread ({@link ConsumerLoop#run()}). {@link #release()} (container) and
 * {@link #stop()} (deactivation) only call {@code wakeup()} through {@link ConsumerLoop#stop()}.
 */
final class ConsumerWork extends WorkAdapter implements Work {

  private static final Logger LOG = Logger.getLogger(ConsumerWork.class.getName());

  private final String name;
  private final Supplier<ConsumerLoop> loopFactory;
  private final CountDownLatch finished = new CountDownLatch(1);
  private ConsumerLoop loop;
  private boolean stopped;

  ConsumerWork(String name, Supplier<ConsumerLoop> loopFactory) {
    this.name = name;
    this.loopFactory = loopFactory;
  }

  @Override
  public void run() {
    try {
      ConsumerLoop created;
      synchronized (this) {
        if (stopped) {
          return;
        }
        created = loopFactory.get();
        loop = created;
      }
      LOG.info(() -> "Kafka consumer " + name + " started");
      created.run();
      LOG.info(() -> "Kafka consumer " + name + " stopped");
    } catch (RuntimeException | Error e) {
      LOG.log(Level.SEVERE, "Kafka consumer " + name + " ended with an error: " + e, e);
      throw e;
    } finally {
      finished.countDown();
    }
  }

  @Override
  public void release() {
    stop();
  }

  synchronized void stop() {
    stopped = true;
    if (loop != null) {
      loop.stop();
    }
  }

  /** Waits until the consumer is closed; false if it did not finish within {@code timeout}. */
  boolean awaitFinished(Duration timeout) throws InterruptedException {
    return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Work listener callback: a rejected or failed Work counts as finished. */
  @Override
  public void workRejected(WorkEvent e) {
    LOG.log(
        Level.SEVERE,
        "Kafka consumer " + name + " was rejected by the WorkManager",
        e.getException());
    finished.countDown();
  }

  @Override
  public String toString() {
    return name;
  }
}
