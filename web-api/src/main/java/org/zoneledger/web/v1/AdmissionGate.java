package org.zoneledger.web.v1;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Bounds how many fresh commands this instance has in consensus at once: a PUT enters with a
 * permit, which it holds until its answer (or its 303), and new PUTs past the limit wait at the
 * door, in arrival order, each at most its own budget. A waiter whose budget runs out is refused
 * without anything written. Past capacity the zone then works on as many requests as it can finish
 * in time, instead of accepting every request onto the log and timing out while still doing the
 * work each one caused.
 *
 * <p>{@code admitted} of a PUT that got a permit at once runs on the entering thread; one that
 * waited gets it on {@code handOver} (the releasing thread is another PUT's). Exactly one of {@code
 * admitted} and {@code refused} is called per {@link #enter}. Thread-safe.
 */
public final class AdmissionGate {

  /** A place in consensus; released once, further calls are no-ops. */
  public interface Permit {
    void release();
  }

  private final int limit;
  private final LongSupplier nanoClock;
  private final Executor handOver;
  private final ArrayDeque<Waiter> waiting = new ArrayDeque<>();
  private int inFlight;

  AdmissionGate(int limit, Executor handOver, LongSupplier nanoClock) {
    if (limit < 1) {
      throw new IllegalArgumentException("the limit is at least 1, not " + limit);
    }
    this.limit = limit;
    this.handOver = Objects.requireNonNull(handOver, "handOver");
    this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
  }

  /** Enters now if a permit is free and nobody waits, else waits at most {@code maxWaitNanos}. */
  public void enter(long maxWaitNanos, Consumer<Permit> admitted, Runnable refused) {
    Permit permit;
    synchronized (this) {
      if (inFlight >= limit || !waiting.isEmpty()) {
        waiting.addLast(new Waiter(nanoClock.getAsLong() + maxWaitNanos, admitted, refused));
        return;
      }
      inFlight++;
      permit = new OncePermit();
    }
    admitted.accept(permit);
  }

  /** Refuses the waiters whose budget ran out; call it periodically. */
  void expire() {
    List<Waiter> expired = new ArrayList<>();
    synchronized (this) {
      long now = nanoClock.getAsLong();
      for (Iterator<Waiter> it = waiting.iterator(); it.hasNext(); ) {
        Waiter w = it.next();
        if (now - w.deadline() >= 0) {
          it.remove();
          expired.add(w);
        }
      }
    }
    expired.forEach(w -> w.refused().run());
  }

  synchronized int inFlight() {
    return inFlight;
  }

  synchronized int waiting() {
    return waiting.size();
  }

  int limit() {
    return limit;
  }

  private void released() {
    Waiter next;
    Permit permit;
    synchronized (this) {
      next = waiting.pollFirst();
      if (next == null) {
        inFlight--;
        return;
      }
      permit = new OncePermit();
    }
    handOver.execute(() -> next.admitted().accept(permit));
  }

  private record Waiter(long deadline, Consumer<Permit> admitted, Runnable refused) {}

  private final class OncePermit implements Permit {
    private final AtomicBoolean held = new AtomicBoolean(true);

    @Override
    public void release() {
      if (held.compareAndSet(true, false)) {
        released();
      }
    }
  }
}
