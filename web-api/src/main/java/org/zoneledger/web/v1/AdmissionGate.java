package org.zoneledger.web.v1;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Bounds how many fresh commands this instance has in consensus at once: a PUT enters with a
 * permit, which it holds until this node has its outcome, and new PUTs past the limit wait at the
 * door, in arrival order, each at most its own budget. A waiter whose budget runs out is refused
 * without anything written, and so is, at once, a newcomer whose turn would come after its budget
 * at the rate places were freed lately. Past capacity the zone then works on as many requests as it
 * can finish in time, instead of accepting every request onto the log and timing out while still
 * doing the work each one caused.
 *
 * <p>{@code admitted} of a PUT that got a permit at once runs on the entering thread; one that
 * waited gets it on {@code handOver} (the releasing thread is another PUT's). Exactly one of {@code
 * admitted} and {@code refused} is called per {@link #enter}. Thread-safe.
 */
public final class AdmissionGate {

  /** A place in consensus; released once, further calls are no-ops. */
  public interface Permit {
    void release();

    /** How long its holder waited at the door for it (0 when admitted at once). */
    long waitedNanos();
  }

  /** The window over which the rate of freed places is measured. */
  static final long RATE_WINDOW_NANOS = TimeUnit.SECONDS.toNanos(5);

  /** The fewest freed places in the window that make an estimate of a newcomer's wait. */
  static final int RATE_SAMPLES = 8;

  private final int limit;
  private final LongSupplier nanoClock;
  private final Executor handOver;
  private final ArrayDeque<Waiter> waiting = new ArrayDeque<>();
  private final ArrayDeque<Long> recentReleases = new ArrayDeque<>();
  private int inFlight;

  AdmissionGate(int limit, Executor handOver, LongSupplier nanoClock) {
    if (limit < 1) {
      throw new IllegalArgumentException("the limit is at least 1, not " + limit);
    }
    this.limit = limit;
    this.handOver = Objects.requireNonNull(handOver, "handOver");
    this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
  }

  /**
   * Enters now if a permit is free and nobody waits, else waits at most {@code maxWaitNanos} — or
   * is refused at once when the places freed over the last {@link #RATE_WINDOW_NANOS} say its turn
   * would come later than that.
   */
  public void enter(long maxWaitNanos, Consumer<Permit> admitted, Runnable refused) {
    Permit permit;
    synchronized (this) {
      if (inFlight >= limit || !waiting.isEmpty()) {
        long now = nanoClock.getAsLong();
        if (expectedWaitNanos(now, waiting.size() + 1) > maxWaitNanos) {
          permit = null;
        } else {
          waiting.addLast(new Waiter(now, now + maxWaitNanos, admitted, refused));
          return;
        }
      } else {
        inFlight++;
        permit = new OncePermit(0);
      }
    }
    if (permit == null) {
      refused.run();
    } else {
      admitted.accept(permit);
    }
  }

  /**
   * How long the {@code position}-th waiter can expect to wait at the rate places were freed over
   * the last window; 0 while fewer than {@link #RATE_SAMPLES} were (too little to judge).
   */
  private long expectedWaitNanos(long now, int position) {
    forgetReleasesBefore(now - RATE_WINDOW_NANOS);
    int freed = recentReleases.size();
    if (freed < RATE_SAMPLES) {
      return 0;
    }
    long span = Math.max(now - recentReleases.peekFirst(), 1);
    return (long) ((double) span / freed * position);
  }

  private void forgetReleasesBefore(long instant) {
    while (!recentReleases.isEmpty() && recentReleases.peekFirst() - instant < 0) {
      recentReleases.pollFirst();
    }
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

  private void released() {
    Waiter next;
    Permit permit;
    synchronized (this) {
      long now = nanoClock.getAsLong();
      recentReleases.addLast(now);
      forgetReleasesBefore(now - RATE_WINDOW_NANOS);
      next = waiting.pollFirst();
      if (next == null) {
        inFlight--;
        return;
      }
      permit = new OncePermit(now - next.entered());
    }
    handOver.execute(() -> next.admitted().accept(permit));
  }

  private record Waiter(long entered, long deadline, Consumer<Permit> admitted, Runnable refused) {}

  private final class OncePermit implements Permit {
    private final AtomicBoolean held = new AtomicBoolean(true);
    private final long waited;

    OncePermit(long waited) {
      this.waited = waited;
    }

    @Override
    public long waitedNanos() {
      return waited;
    }

    @Override
    public void release() {
      if (held.compareAndSet(true, false)) {
        released();
      }
    }
  }
}
