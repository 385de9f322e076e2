package org.zoneledger.client.loadgen;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends the transfers of one run from a single scheduling thread, round-robin over the nodes, with
 * at most {@code maxInFlight} unanswered. At a fixed rate each transfer waits for its due time and
 * its latency counts from then; in open mode a transfer goes out as soon as a slot is free and its
 * latency counts from its send. Nothing is sent after the window's end; the answers still due are
 * awaited for at most the transfer timeout, so a run always ends by itself.
 */
final class LoadDriver {
  /** Called on a thread of its own when the measured window starts and when it ends. */
  interface Window {
    void started();

    void ended();
  }

  private final List<URI> nodes;
  private final PutExchange exchange;
  private final SignedSupply supply;
  private final LoadResults results;
  private final int maxInFlight;
  private final Duration timeout;

  LoadDriver(
      List<URI> nodes,
      PutExchange exchange,
      SignedSupply supply,
      LoadResults results,
      int maxInFlight,
      Duration timeout) {
    this.nodes = List.copyOf(nodes);
    this.exchange = exchange;
    this.supply = supply;
    this.results = results;
    this.maxInFlight = maxInFlight;
    this.timeout = timeout;
  }

  void run(RateSchedule schedule, Window window) throws InterruptedException {
    Semaphore slots = new Semaphore(maxInFlight);
    long end = schedule.end();
    Thread clock = windowClock(schedule, window);
    long measuredSent = 0;
    for (long i = 0; ; i++) {
      long due;
      PreparedPut put;
      if (!schedule.open()) {
        due = schedule.dueTime(i);
        if (due - end >= 0) {
          break;
        }
        parkUntil(due);
        put = supply.take(end);
        if (put == null || !slots.tryAcquire(end - System.nanoTime(), TimeUnit.NANOSECONDS)) {
          break;
        }
      } else {
        if (!slots.tryAcquire(end - System.nanoTime(), TimeUnit.NANOSECONDS)) {
          break;
        }
        put = supply.take(end);
        due = System.nanoTime();
        if (put == null || due - end >= 0) {
          slots.release();
          break;
        }
      }
      boolean measured = schedule.measured(due);
      measuredSent += measured ? 1 : 0;
      send(nodes.get((int) (i % nodes.size())), put, due, measured, slots);
    }
    clock.join();
    slots.tryAcquire(
        maxInFlight, timeout.toNanos() + TimeUnit.SECONDS.toNanos(1), TimeUnit.NANOSECONDS);
    results.freeze(schedule.open() ? 0 : Math.max(0, schedule.measuredTotal() - measuredSent));
  }

  private void send(URI node, PreparedPut put, long due, boolean measured, Semaphore slots) {
    if (measured) {
      results.sent();
    }
    CompletableFuture<Outcome> answer;
    try {
      answer = exchange.send(node, put, due + timeout.toNanos());
    } catch (RuntimeException e) {
      answer = CompletableFuture.failedFuture(e);
    }
    answer.whenComplete(
        (outcome, error) -> {
          Outcome o = error != null ? Outcome.failed(error, 0) : outcome;
          results.record(measured, o, System.nanoTime() - due);
          slots.release();
        });
  }

  /** Calls {@code window} at the window's start and end by the clock, whatever the sender does. */
  private static Thread windowClock(RateSchedule schedule, Window window) {
    Thread clock =
        new Thread(
            () -> {
              parkUntil(schedule.windowStart());
              window.started();
              parkUntil(schedule.end());
              window.ended();
            },
            "bench-window");
    clock.setDaemon(true);
    clock.start();
    return clock;
  }

  private static void parkUntil(long time) {
    for (long left = time - System.nanoTime(); left > 0; left = time - System.nanoTime()) {
      LockSupport.parkNanos(left);
    }
  }
}
