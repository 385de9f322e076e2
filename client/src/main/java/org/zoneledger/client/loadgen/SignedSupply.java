package org.zoneledger.client.loadgen;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Signed transfers made ahead of use by a small pool of signer threads into a bounded queue. A run
 * first waits for the prefill (at a fixed rate: every transfer it will send, so no signing competes
 * with the measured window); in open mode the pool keeps signing while the load runs. Threads stop
 * after {@code total} transfers or on {@link #close}.
 */
final class SignedSupply implements AutoCloseable {
  private final TransferGenerator generator;
  private final long total;
  private final BlockingQueue<PreparedPut> queue;
  private final AtomicLong claimed = new AtomicLong();
  private final LongAdder signed = new LongAdder();
  private final LongAdder waits = new LongAdder();
  private final List<Thread> threads = new ArrayList<>();

  SignedSupply(TransferGenerator generator, long total, int capacity) {
    this.generator = generator;
    this.total = total;
    this.queue = new LinkedBlockingQueue<>(Math.max(1, capacity));
  }

  void start(int signers, long seed) {
    SplittableRandom seeds = new SplittableRandom(seed);
    for (int i = 0; i < signers; i++) {
      SplittableRandom random = seeds.split();
      Thread t = new Thread(() -> sign(random), "bench-signer-" + i);
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
  }

  private void sign(SplittableRandom random) {
    try {
      while (claimed.getAndIncrement() < total) {
        queue.put(generator.next(random));
        signed.increment();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits until {@code count} transfers (at most {@code total}) are signed; false on timeout. */
  boolean awaitPrefill(long count, long timeoutNanos) throws InterruptedException {
    long target = Math.min(count, total);
    long deadline = System.nanoTime() + timeoutNanos;
    while (queue.size() < target && signed.sum() < total) {
      if (System.nanoTime() - deadline >= 0) {
        return false;
      }
      Thread.sleep(5);
    }
    return true;
  }

  /** The next signed transfer, waiting for a signer until {@code deadlineNanos}; null then. */
  PreparedPut take(long deadlineNanos) throws InterruptedException {
    PreparedPut put = queue.poll();
    if (put != null) {
      return put;
    }
    waits.increment();
    return queue.poll(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
  }

  long signed() {
    return signed.sum();
  }

  /** How often a sender found no signed transfer ready and had to wait for a signer. */
  long waits() {
    return waits.sum();
  }

  @Override
  public void close() {
    threads.forEach(Thread::interrupt);
  }
}
