package org.zoneledger.web.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AdmissionGateTest {

  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

  private final AtomicLong now = new AtomicLong(5 * SECOND);
  private final List<Runnable> handedOver = new ArrayList<>();
  private final AdmissionGate gate = new AdmissionGate(2, handedOver::add, now::get);
  private final List<String> events = new ArrayList<>();
  private final List<AdmissionGate.Permit> permits = new ArrayList<>();

  private void enter(String name, long maxWait) {
    gate.enter(
        maxWait,
        permit -> {
          events.add("admitted " + name);
          permits.add(permit);
        },
        () -> events.add("refused " + name));
  }

  private void runHandOvers() {
    List<Runnable> due = new ArrayList<>(handedOver);
    handedOver.clear();
    due.forEach(Runnable::run);
  }

  @Test
  void enteringBelowTheLimitIsAdmittedAtOnceOnTheCallersThread() {
    enter("a", SECOND);
    enter("b", SECOND);

    assertThat(events).containsExactly("admitted a", "admitted b");
    assertThat(gate.inFlight()).isEqualTo(2);
    assertThat(handedOver).isEmpty();
  }

  @Test
  void pastTheLimitAPutWaitsAndGetsTheFirstReleasedPermitInArrivalOrder() {
    enter("a", SECOND);
    enter("b", SECOND);
    enter("c", SECOND);
    enter("d", SECOND);
    assertThat(events).containsExactly("admitted a", "admitted b");
    assertThat(gate.waiting()).isEqualTo(2);

    permits.get(1).release();
    runHandOvers();

    assertThat(events).containsExactly("admitted a", "admitted b", "admitted c");
    assertThat(gate.inFlight()).isEqualTo(2);
    assertThat(gate.waiting()).isEqualTo(1);
  }

  @Test
  void aPermitTellsHowLongItsHolderWaitedForIt() {
    enter("a", 5 * SECOND);
    enter("b", 5 * SECOND);
    enter("c", 5 * SECOND);
    now.addAndGet(2 * SECOND);
    permits.get(0).release();
    runHandOvers();

    assertThat(permits.get(0).waitedNanos()).isZero();
    assertThat(permits.get(2).waitedNanos()).isEqualTo(2 * SECOND);
  }

  @Test
  void aNewcomerDoesNotOvertakeThoseWaitingEvenWhenAPermitIsFree() {
    enter("a", SECOND);
    enter("b", SECOND);
    enter("c", SECOND);
    permits.get(0).release();
    // c's hand-over has not run yet: the permit is c's, not d's
    enter("d", SECOND);
    runHandOvers();

    assertThat(events).containsExactly("admitted a", "admitted b", "admitted c");
    assertThat(gate.waiting()).isEqualTo(1);
  }

  @Test
  void aWaiterWhoseBudgetRunsOutIsRefusedAndNeverAdmitted() {
    enter("a", SECOND);
    enter("b", SECOND);
    enter("c", SECOND);
    enter("d", 3 * SECOND);

    now.addAndGet(SECOND);
    gate.expire();
    permits.get(0).release();
    runHandOvers();

    assertThat(events).containsExactly("admitted a", "admitted b", "refused c", "admitted d");
  }

  @Test
  void aNewcomerWhoseTurnWouldComeAfterItsBudgetAtTheRecentRateIsRefusedAtOnce() {
    AdmissionGate one = new AdmissionGate(1, Runnable::run, now::get);
    List<AdmissionGate.Permit> held = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    // a place freed every 500 ms for a while: 2 per second
    for (int i = 0; i < AdmissionGate.RATE_SAMPLES; i++) {
      one.enter(SECOND, held::add, () -> seen.add("refused early"));
      now.addAndGet(SECOND / 2);
      held.remove(0).release();
    }
    one.enter(SECOND, held::add, () -> {});
    // the first waiter's turn comes in about 0.5 s, the second's in 1 s, the third's in 1.5 s
    one.enter(SECOND, p -> seen.add("admitted 1"), () -> seen.add("refused 1"));
    one.enter(SECOND, p -> seen.add("admitted 2"), () -> seen.add("refused 2"));
    one.enter(SECOND, p -> seen.add("admitted 3"), () -> seen.add("refused 3"));

    assertThat(seen).containsExactly("refused 3");
    assertThat(one.waiting()).isEqualTo(2);
  }

  @Test
  void withTooFewPlacesFreedLatelyNobodyIsRefusedBeforeItsBudgetRunsOut() {
    enter("a", SECOND);
    enter("b", SECOND);
    for (int i = 0; i < 100; i++) {
      enter("w" + i, SECOND);
    }

    assertThat(events).doesNotContain("refused w99");
    assertThat(gate.waiting()).isEqualTo(100);
  }

  @Test
  void releasingAPermitTwiceFreesOnePlace() {
    enter("a", SECOND);
    enter("b", SECOND);
    permits.get(0).release();
    permits.get(0).release();

    assertThat(gate.inFlight()).isEqualTo(1);
  }

  @Test
  void withNobodyWaitingAReleasedPermitIsFreeForTheNextPut() {
    enter("a", SECOND);
    enter("b", SECOND);
    permits.get(0).release();
    enter("c", SECOND);

    assertThat(events).containsExactly("admitted a", "admitted b", "admitted c");
    assertThat(gate.inFlight()).isEqualTo(2);
  }

  @Test
  void aLimitBelowOneIsRefused() {
    assertThatThrownBy(() -> new AdmissionGate(0, Runnable::run, now::get))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void concurrentPutsNeverHoldMorePermitsThanTheLimitAndAllAreAdmitted() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    AdmissionGate shared = new AdmissionGate(3, pool, System::nanoTime);
    AtomicInteger holding = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    int puts = 2_000;
    CountDownLatch answered = new CountDownLatch(puts);
    try {
      for (int i = 0; i < puts; i++) {
        pool.execute(
            () ->
                shared.enter(
                    TimeUnit.MINUTES.toNanos(1),
                    permit -> {
                      most.accumulateAndGet(holding.incrementAndGet(), Math::max);
                      holding.decrementAndGet();
                      permit.release();
                      answered.countDown();
                    },
                    answered::countDown));
      }
      assertThat(answered.await(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      pool.shutdownNow();
    }
    assertThat(most.get()).isBetween(1, 3);
    assertThat(shared.inFlight()).isZero();
    assertThat(shared.waiting()).isZero();
  }
}
