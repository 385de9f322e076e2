package org.zoneledger.kafka.ra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zoneledger.kafka.api.KafkaBatch;
import org.zoneledger.kafka.api.KafkaBatchListener;
import org.zoneledger.kafka.api.KafkaPollListener;
import org.zoneledger.kafka.api.KafkaRecord;
import org.zoneledger.kafka.api.KafkaRecordListener;
import org.zoneledger.kafka.api.PartitionRef;
import org.zoneledger.kafka.inbound.DeliveryMode;
import org.zoneledger.kafka.inbound.TargetUnavailableException;

class EndpointTargetTest {

  static class RecordBean implements KafkaRecordListener {
    final List<KafkaRecord> received = new ArrayList<>();
    RuntimeException failure;

    @Override
    public void onRecord(KafkaRecord record) {
      if (failure != null) {
        throw failure;
      }
      received.add(record);
    }

    @Override
    public Map<PartitionRef, Long> positions(Set<PartitionRef> assigned) {
      return Map.of(new PartitionRef("t", 0), 42L);
    }
  }

  static class BatchBean implements KafkaBatchListener {
    final List<KafkaBatch> received = new ArrayList<>();

    @Override
    public int onBatch(KafkaBatch batch) {
      received.add(batch);
      return batch.size();
    }

    @Override
    public Map<PartitionRef, Long> positions(Set<PartitionRef> assigned) {
      return Map.of();
    }
  }

  static class PollBean implements KafkaPollListener {
    final List<List<KafkaBatch>> received = new ArrayList<>();
    int[] answer;

    @Override
    public int[] onBatches(List<KafkaBatch> batches) {
      received.add(batches);
      return answer != null ? answer : batches.stream().mapToInt(KafkaBatch::size).toArray();
    }

    @Override
    public Map<PartitionRef, Long> positions(Set<PartitionRef> assigned) {
      return Map.of(new PartitionRef("t", 0), 9L);
    }
  }

  private static KafkaBatch batch(long... offsets) {
    List<KafkaRecord> records = new ArrayList<>();
    for (long o : offsets) {
      records.add(new KafkaRecord("t", 0, o, 0L, null, new byte[] {1}, Map.of()));
    }
    return new KafkaBatch("t", 0, records);
  }

  @Test
  void transactedDeliveryIsWrappedInBeforeAndAfterDelivery() throws Exception {
    RecordBean bean = new RecordBean();
    FakeEndpointFactory factory = new FakeEndpointFactory(KafkaRecordListener.class, bean);
    factory.transacted = true;
    new EndpointTarget(factory, DeliveryMode.RECORD).deliver(batch(7));
    assertThat(factory.events).containsExactly("create", "before", "onRecord", "after", "release");
    assertThat(bean.received).extracting(KafkaRecord::offset).containsExactly(7L);
  }

  @Test
  void aListenerExceptionFailsTheDeliveryAndAfterDeliveryAndReleaseAreStillCalled() {
    RecordBean bean = new RecordBean();
    bean.failure = new IllegalStateException("boom");
    FakeEndpointFactory factory = new FakeEndpointFactory(KafkaRecordListener.class, bean);
    factory.transacted = true;
    assertThatThrownBy(() -> new EndpointTarget(factory, DeliveryMode.RECORD).deliver(batch(1)))
        .hasMessage("boom");
    assertThat(factory.events).containsExactly("create", "before", "onRecord", "after", "release");
  }

  @Test
  void aFailingAfterDeliveryFailsTheDelivery() {
    FakeEndpointFactory factory =
        new FakeEndpointFactory(KafkaRecordListener.class, new RecordBean());
    factory.transacted = true;
    factory.afterDeliveryFailure = new IllegalStateException("rolled back");
    assertThatThrownBy(() -> new EndpointTarget(factory, DeliveryMode.RECORD).deliver(batch(1)))
        .hasMessage("rolled back");
    assertThat(factory.events).endsWith("after", "release");
  }

  @Test
  void nonTransactedDeliveryCallsTheListenerWithoutBeforeDeliveryAndReleasesTheEndpoint()
      throws Exception {
    FakeEndpointFactory factory =
        new FakeEndpointFactory(KafkaRecordListener.class, new RecordBean());
    new EndpointTarget(factory, DeliveryMode.RECORD).deliver(batch(1));
    assertThat(factory.events).containsExactly("create", "onRecord", "release");
  }

  @Test
  void batchModeDeliversTheWholeBatchInOneCall() throws Exception {
    BatchBean bean = new BatchBean();
    FakeEndpointFactory factory = new FakeEndpointFactory(KafkaBatchListener.class, bean);
    factory.transacted = true;
    new EndpointTarget(factory, DeliveryMode.BATCH).deliver(batch(3, 4, 5));
    assertThat(bean.received).singleElement().satisfies(b -> assertThat(b.size()).isEqualTo(3));
    assertThat(factory.events).containsExactly("create", "before", "onBatch", "after", "release");
  }

  @Test
  void pollModeDeliversTheBatchesOfSeveralPartitionsInOneTransactedCall() throws Exception {
    PollBean bean = new PollBean();
    FakeEndpointFactory factory = new FakeEndpointFactory(KafkaPollListener.class, bean);
    factory.transacted = true;
    KafkaBatch other =
        new KafkaBatch("u", 2, List.of(new KafkaRecord("u", 2, 0, 0L, null, null, Map.of())));
    int[] consumed =
        new EndpointTarget(factory, DeliveryMode.POLL).deliverAll(List.of(batch(3, 4), other));
    assertThat(consumed).containsExactly(2, 1);
    assertThat(bean.received).singleElement().satisfies(b -> assertThat(b).hasSize(2));
    assertThat(factory.events).containsExactly("create", "before", "onBatches", "after", "release");
  }

  @Test
  void pollModeDeliversOnePartitionAloneAsAListOfOne() throws Exception {
    PollBean bean = new PollBean();
    FakeEndpointFactory factory = new FakeEndpointFactory(KafkaPollListener.class, bean);
    EndpointTarget target = new EndpointTarget(factory, DeliveryMode.POLL);
    assertThat(target.deliver(batch(5, 6, 7))).isEqualTo(3);
    assertThat(bean.received).singleElement().satisfies(b -> assertThat(b).hasSize(1));
    assertThat(target.positions(Set.of(new PartitionRef("t", 0))))
        .containsEntry(new PartitionRef("t", 0), 9L);
  }

  @Test
  void aPollListenerThatAnswersTheWrongNumberOfCountsFailsTheDelivery() {
    PollBean bean = new PollBean();
    bean.answer = new int[] {1};
    FakeEndpointFactory factory = new FakeEndpointFactory(KafkaPollListener.class, bean);
    assertThatThrownBy(
            () ->
                new EndpointTarget(factory, DeliveryMode.POLL)
                    .deliverAll(List.of(batch(1), batch(2))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("1 counts for 2 batches");
  }

  @Test
  void positionsAreAskedThroughAnEndpoint() throws Exception {
    FakeEndpointFactory factory =
        new FakeEndpointFactory(KafkaRecordListener.class, new RecordBean());
    factory.transacted = true;
    Map<PartitionRef, Long> positions =
        new EndpointTarget(factory, DeliveryMode.RECORD)
            .positions(Set.of(new PartitionRef("t", 0)));
    assertThat(positions).containsEntry(new PartitionRef("t", 0), 42L);
    assertThat(factory.events).containsExactly("create", "before", "positions", "after", "release");
  }

  @Test
  void anUnavailableEndpointIsReportedAsTargetUnavailable() {
    FakeEndpointFactory factory =
        new FakeEndpointFactory(KafkaRecordListener.class, new RecordBean());
    factory.unavailable = true;
    assertThatThrownBy(() -> new EndpointTarget(factory, DeliveryMode.RECORD).deliver(batch(1)))
        .isInstanceOf(TargetUnavailableException.class);
  }
}
