package org.zoneledger.kafka.outbound;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;

/**
 * Reusable consumers for reads outside any consumer group. A consumer is not thread-safe, so each
 * is lent to one caller at a time. At most {@code max} exist; they are created when a borrower
 * finds none idle, and a borrower waits (until its deadline) while all are lent. Closing the pool
 * closes the idle consumers at once and the lent ones when they come back.
 */
final class ConsumerPool implements AutoCloseable {

  static final int DEFAULT_MAX = 4;
  private static final Logger LOG = Logger.getLogger(ConsumerPool.class.getName());
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

  private final Supplier<Consumer<byte[], byte[]>> create;
  private final int max;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition returned = lock.newCondition();
  private final Deque<Consumer<byte[], byte[]>> idle = new ArrayDeque<>();
  private int live;
  private boolean closed;

  ConsumerPool(Supplier<Consumer<byte[], byte[]>> create, int max) {
    if (max < 1) {
      throw new IllegalArgumentException("a pool needs room for one consumer at least");
    }
    this.create = create;
    this.max = max;
  }

  /**
   * An idle consumer, or a new one while fewer than {@code max} exist, for the caller alone until
   * it gives it back or discards it.
   *
   * @return the consumer, or null if none became free before {@code deadlineNanos} ({@link
   *     System#nanoTime()})
   * @throws IllegalStateException if the pool is closed
   */
  Consumer<byte[], byte[]> borrow(long deadlineNanos) throws InterruptedException {
    lock.lock();
    try {
      while (true) {
        if (closed) {
          throw new IllegalStateException("the Kafka consumer pool is closed");
        }
        if (!idle.isEmpty()) {
          return idle.pop();
        }
        if (live < max) {
          live++;
          break;
        }
        long left = deadlineNanos - System.nanoTime();
        if (left <= 0) {
          return null;
        }
        returned.await(left, TimeUnit.NANOSECONDS);
      }
    } finally {
      lock.unlock();
    }
    return createCounted();
  }

  /** A consumer the caller used without trouble, for the next borrower. */
  void giveBack(Consumer<byte[], byte[]> consumer) {
    lock.lock();
    try {
      if (!closed) {
        idle.push(consumer);
        returned.signal();
        return;
      }
      live--;
    } finally {
      lock.unlock();
    }
    closeQuietly(consumer);
  }

  /** A consumer in an unknown state (a read failed): closed, and its place freed. */
  void discard(Consumer<byte[], byte[]> consumer) {
    release();
    closeQuietly(consumer);
  }

  /** How many consumers exist, idle or lent. */
  int live() {
    lock.lock();
    try {
      return live;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void close() {
    List<Consumer<byte[], byte[]>> toClose;
    lock.lock();
    try {
      closed = true;
      toClose = new ArrayList<>(idle);
      live -= idle.size();
      idle.clear();
      returned.signalAll();
    } finally {
      lock.unlock();
    }
    toClose.forEach(ConsumerPool::closeQuietly);
  }

  private Consumer<byte[], byte[]> createCounted() {
    try {
      return create.get();
    } catch (RuntimeException | Error e) {
      release();
      throw e;
    }
  }

  private void release() {
    lock.lock();
    try {
      live--;
      returned.signal();
    } finally {
      lock.unlock();
    }
  }

  private static void closeQuietly(Consumer<byte[], byte[]> consumer) {
    try {
      consumer.close(CloseOptions.timeout(CLOSE_TIMEOUT));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Closing a Kafka reader consumer failed: " + e, e);
    }
  }
}
