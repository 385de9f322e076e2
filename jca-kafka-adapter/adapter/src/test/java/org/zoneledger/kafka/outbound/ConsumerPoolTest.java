package org.zoneledger.kafka.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.junit.jupiter.api.Test;

class ConsumerPoolTest {

  private final List<MockConsumer<byte[], byte[]>> created = new ArrayList<>();

  private ConsumerPool pool(int max) {
    return new ConsumerPool(
        () -> {
          MockConsumer<byte[], byte[]> c = new MockConsumer<>("none");
          synchronized (created) {
            created.add(c);
          }
          return c;
        },
        max);
  }

  private static long in(long millis) {
    return System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
  }

  @Test
  void noConsumerIsCreatedBeforeTheFirstBorrow() {
    pool(2);
    assertThat(created).isEmpty();
  }

  @Test
  void aConsumerGivenBackIsLentAgain() throws Exception {
    ConsumerPool pool = pool(2);
    Consumer<byte[], byte[]> first = pool.borrow(in(100));
    pool.giveBack(first);

    assertThat(pool.borrow(in(100))).isSameAs(first);
    assertThat(created).hasSize(1);
  }

  @Test
  void aBorrowerWaitsWhileEveryConsumerIsLentAndGetsTheOneGivenBack() throws Exception {
    ConsumerPool pool = pool(1);
    Consumer<byte[], byte[]> lent = pool.borrow(in(100));
    CompletableFuture<Consumer<byte[], byte[]>> waiting =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return pool.borrow(in(5_000));
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    Thread.sleep(50);
    assertThat(waiting).isNotDone();

    pool.giveBack(lent);

    assertThat(waiting.get(5, TimeUnit.SECONDS)).isSameAs(lent);
  }

  @Test
  void aBorrowerGetsNothingWhenNoConsumerIsFreeBeforeItsDeadline() throws Exception {
    ConsumerPool pool = pool(1);
    pool.borrow(in(100));

    assertThat(pool.borrow(in(20))).isNull();
    assertThat(created).hasSize(1);
  }

  @Test
  void aDiscardedConsumerIsClosedAndItsPlaceFreed() throws Exception {
    ConsumerPool pool = pool(1);
    Consumer<byte[], byte[]> broken = pool.borrow(in(100));
    pool.discard(broken);

    Consumer<byte[], byte[]> next = pool.borrow(in(100));

    assertThat(created.get(0).closed()).isTrue();
    assertThat(next).isNotSameAs(broken);
  }

  @Test
  void closingThePoolClosesIdleConsumersAtOnceAndLentOnesWhenGivenBack() throws Exception {
    ConsumerPool pool = pool(2);
    Consumer<byte[], byte[]> idle = pool.borrow(in(100));
    Consumer<byte[], byte[]> lent = pool.borrow(in(100));
    pool.giveBack(idle);

    pool.close();
    assertThat(created.get(0).closed()).isTrue();
    assertThat(created.get(1).closed()).isFalse();

    pool.giveBack(lent);
    assertThat(created.get(1).closed()).isTrue();
    assertThat(pool.live()).isZero();
    assertThatThrownBy(() -> pool.borrow(in(100))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aConsumerThatCannotBeCreatedLeavesNoPlaceTaken() throws Exception {
    ConsumerPool pool =
        new ConsumerPool(
            () -> {
              throw new IllegalStateException("no broker");
            },
            1);

    assertThatThrownBy(() -> pool.borrow(in(100))).hasMessage("no broker");
    assertThat(pool.live()).isZero();
  }
}
