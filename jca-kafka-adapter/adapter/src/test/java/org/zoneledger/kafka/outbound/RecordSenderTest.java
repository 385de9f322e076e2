package org.zoneledger.kafka.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.zoneledger.kafka.api.KafkaSendException;
import org.zoneledger.kafka.api.OutgoingRecord;
import org.zoneledger.kafka.api.RecordPosition;

class RecordSenderTest {

  private static MockProducer<byte[], byte[]> producer(boolean autoComplete) {
    return new MockProducer<>(
        autoComplete, null, new ByteArraySerializer(), new ByteArraySerializer());
  }

  @Test
  void sendReturnsThePositionOfTheAcknowledgedRecord() {
    MockProducer<byte[], byte[]> producer = producer(true);
    RecordPosition position =
        new RecordSender(producer, Duration.ofSeconds(1))
            .send("acks", "k".getBytes(), "v".getBytes());
    assertThat(position.topic()).isEqualTo("acks");
    assertThat(position.offset()).isZero();
    assertThat(producer.history())
        .singleElement()
        .satisfies(r -> assertThat(r.value()).isEqualTo("v".getBytes()));
  }

  @Test
  void sendAllReturnsPositionsInTheOrderOfTheRecordsAndCarriesHeaders() {
    MockProducer<byte[], byte[]> producer = producer(true);
    List<RecordPosition> positions =
        new RecordSender(producer, Duration.ofSeconds(1))
            .sendAll(
                List.of(
                    new OutgoingRecord("a", null, "1".getBytes(), Map.of("h", "x".getBytes())),
                    new OutgoingRecord("a", null, "2".getBytes()),
                    new OutgoingRecord("b", null, "3".getBytes())));
    assertThat(positions).extracting(RecordPosition::topic).containsExactly("a", "a", "b");
    assertThat(positions).extracting(RecordPosition::offset).containsExactly(0L, 1L, 0L);
    assertThat(producer.history().get(0).headers().lastHeader("h").value())
        .isEqualTo("x".getBytes());
  }

  @Test
  void aRecordForAGivenPartitionIsSentToThatPartition() {
    MockProducer<byte[], byte[]> producer = producer(true);
    new RecordSender(producer, Duration.ofSeconds(1))
        .sendAll(
            List.of(
                OutgoingRecord.toPartition("entropy", 7, "k".getBytes(), "v".getBytes()),
                new OutgoingRecord("entropy", "k".getBytes(), "w".getBytes())));
    assertThat(producer.history().get(0).partition()).isEqualTo(7);
    assertThat(producer.history().get(1).partition()).as("chosen by the producer").isNull();
  }

  @Test
  void aNegativePartitionIsRefused() {
    assertThatThrownBy(() -> OutgoingRecord.toPartition("t", -1, null, new byte[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("partition");
  }

  @Test
  void aRecordTheBrokerRejectsRaisesKafkaSendException() throws Exception {
    MockProducer<byte[], byte[]> producer = producer(false);
    RecordSender sender = new RecordSender(producer, Duration.ofSeconds(5));
    CompletableFuture<RecordPosition> sending =
        CompletableFuture.supplyAsync(() -> sender.send("t", null, "v".getBytes()));
    while (producer.history().isEmpty()) {
      Thread.sleep(1);
    }
    producer.errorNext(new NotEnoughReplicasException("only 1 in sync"));
    assertThatThrownBy(sending::join)
        .hasCauseInstanceOf(KafkaSendException.class)
        .hasMessageContaining("only 1 in sync");
  }

  @Test
  void aRecordNotAcknowledgedInTimeRaisesKafkaSendException() {
    RecordSender sender = new RecordSender(producer(false), Duration.ofMillis(20));
    assertThatThrownBy(() -> sender.send("t", null, "v".getBytes()))
        .isInstanceOf(KafkaSendException.class)
        .hasMessage("Record to t not acknowledged in time");
  }

  @Test
  void aSendTheProducerRefusesRaisesKafkaSendException() {
    MockProducer<byte[], byte[]> producer = producer(true);
    producer.sendException = new IllegalStateException("closed");
    assertThatThrownBy(
            () -> new RecordSender(producer, Duration.ofSeconds(1)).send("t", null, null))
        .isInstanceOf(KafkaSendException.class);
  }
}
