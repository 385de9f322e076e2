package org.zoneledger.web.v1;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.zoneledger.consensus.application.command.CommandOutcomes;
import org.zoneledger.consensus.application.command.CommandResult;
import org.zoneledger.consensus.infrastructure.cluster.NodeCluster;
import org.zoneledger.protocol.message.Bytes;

/**
 * The API's waiting room (architecture §2 phase 8): a request waiting for its result is checked
 * when any instance of the node announces it applied (Hazelcast, {@link NodeCluster}), once right
 * after it starts waiting, and — in case an announcement was lost — again once it has gone {@value
 * #QUIET_MS} ms without a check (a sweep every {@value #SWEEP_MS} ms looks for such waiters;
 * checking every waiter every second would flood the database exactly when a backlog builds up); it
 * is answered with the first final result, or handed to its time-out when the wait is over.
 *
 * <p>Checks read the database, so they run on a pool of their own ({@value #CHECKERS} threads of
 * the container's managed thread factory), not on the one thread of the default scheduled executor,
 * which only keeps the time; a request already due for a check is not queued twice.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutcomeWaiters {

  static final long SWEEP_MS = 1000;
  static final long QUIET_MS = 5000;
  static final int CHECKERS = 8;
  private static final Logger LOG = Logger.getLogger(OutcomeWaiters.class.getName());

  @EJB private NodeCluster cluster;
  @EJB private CommandOutcomes outcomes;
  @Resource private ManagedScheduledExecutorService executor;
  @Resource private ManagedThreadFactory threads;

  private final ConcurrentHashMap<String, Set<Waiter>> waiting = new ConcurrentHashMap<>();
  private final Set<String> due = ConcurrentHashMap.newKeySet();
  private final Consumer<String> listener = this::applied;
  private ExecutorService checkers;
  private ScheduledFuture<?> sweep;

  @PostConstruct
  void start() {
    checkers = Executors.newFixedThreadPool(CHECKERS, threads);
    cluster.onApplied(listener);
    sweep = executor.scheduleWithFixedDelay(this::sweep, SWEEP_MS, SWEEP_MS, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    cluster.removeListener(listener);
    if (sweep != null) {
      sweep.cancel(false);
    }
    if (checkers != null) {
      checkers.shutdownNow();
    }
  }

  /**
   * Waits at most {@code wait} for a final result of {@code requestId} (a {@link
   * CommandResult.Unknown} is final only when {@code unknownIsFinal}), then calls {@code done} with
   * it — or {@code timedOut} with the last pending result. Exactly one of them is called, once.
   */
  public void await(
      String requestId,
      Optional<Bytes> bodyDigest,
      boolean unknownIsFinal,
      Duration wait,
      Consumer<CommandResult> done,
      Consumer<CommandResult> timedOut) {
    Waiter waiter = new Waiter(requestId, bodyDigest, unknownIsFinal, done);
    waiting.computeIfAbsent(requestId, id -> ConcurrentHashMap.newKeySet()).add(waiter);
    executor.schedule(
        () -> {
          if (waiter.finish()) {
            forget(waiter);
            timedOut.accept(new CommandResult.Pending(requestId));
          }
        },
        wait.toMillis(),
        TimeUnit.MILLISECONDS);
    checkSoon(requestId);
  }

  /**
   * The final result of {@code requestId} as the database has it now, read on the caller's thread,
   * if it has one (a {@link CommandResult.Unknown} is final only when {@code unknownIsFinal});
   * empty when it is still pending or cannot be read now. A resource answers such a result at once,
   * on its request thread, instead of through a wait.
   */
  public Optional<CommandResult> finalNow(
      String requestId, Optional<Bytes> bodyDigest, boolean unknownIsFinal) {
    CommandResult result;
    try {
      result = outcomes.result(requestId, bodyDigest);
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "result of " + requestId + " not readable now; waiting for it", e);
      return Optional.empty();
    }
    return new Waiter(requestId, bodyDigest, unknownIsFinal, r -> {}).isFinal(result)
        ? Optional.of(result)
        : Optional.empty();
  }

  /** How many requests are waiting (metrics, tests). */
  public int waitingCount() {
    return waiting.size();
  }

  private void applied(String requestId) {
    if (waiting.containsKey(requestId)) {
      checkSoon(requestId);
    }
  }

  private void sweep() {
    long quietSince = System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(QUIET_MS);
    waiting.forEach(
        (id, waiters) -> {
          if (waiters.stream().anyMatch(w -> w.lastCheck().get() - quietSince < 0)) {
            checkSoon(id);
          }
        });
  }

  private void checkSoon(String requestId) {
    if (due.add(requestId)) {
      checkers.execute(
          () -> {
            due.remove(requestId);
            check(requestId);
          });
    }
  }

  private void check(String requestId) {
    Set<Waiter> waiters = waiting.get(requestId);
    if (waiters == null) {
      return;
    }
    for (Waiter waiter : waiters) {
      if (waiter.finished()) {
        continue;
      }
      waiter.lastCheck().set(System.nanoTime());
      CommandResult result;
      try {
        result = outcomes.result(requestId, waiter.bodyDigest());
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "result of " + requestId + " not readable; checked again later", e);
        continue;
      }
      if (waiter.isFinal(result) && waiter.finish()) {
        forget(waiter);
        waiter.done().accept(result);
      }
    }
  }

  private void forget(Waiter waiter) {
    waiting.computeIfPresent(
        waiter.requestId(),
        (id, set) -> {
          set.remove(waiter);
          return set.isEmpty() ? null : set;
        });
  }

  private record Waiter(
      String requestId,
      Optional<Bytes> bodyDigest,
      boolean unknownIsFinal,
      Consumer<CommandResult> done,
      AtomicBoolean over,
      AtomicLong lastCheck) {

    Waiter(
        String requestId,
        Optional<Bytes> bodyDigest,
        boolean unknownIsFinal,
        Consumer<CommandResult> done) {
      this(
          requestId,
          bodyDigest,
          unknownIsFinal,
          done,
          new AtomicBoolean(),
          new AtomicLong(System.nanoTime()));
    }

    boolean isFinal(CommandResult result) {
      if (result instanceof CommandResult.Pending) {
        return false;
      }
      return unknownIsFinal || !(result instanceof CommandResult.Unknown);
    }

    boolean finished() {
      return over.get();
    }

    /** True for the one caller that ends this wait. */
    boolean finish() {
      return over.compareAndSet(false, true);
    }

    // identity semantics: two waiters for one request are two waiters
    @Override
    public boolean equals(Object o) {
      return this == o;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }
}
