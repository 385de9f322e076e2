package org.zoneledger.it.echo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zoneledger.client.launch.PayaraInstance;
import org.zoneledger.it.support.KafkaBrokerExtension;
import org.zoneledger.it.support.KafkaClients;
import org.zoneledger.it.support.TestKafka;
import org.zoneledger.it.support.TestNode;

/**
 * Crashes (kill -9) of Payara instances in mid-stream: every record's effect ends up in the
 * database exactly once, because the consumed offset is stored with the effect.
 */
@ExtendWith(KafkaBrokerExtension.class)
class EchoCrashIT {

  @Test
  void aKilledInstanceRestartedStoresEveryRecordExactlyOnce(TestKafka kafka) throws Exception {
    String topic = kafka.createTopic("echo", 6);
    int total = 40_000;
    try (TestNode node =
        TestNode.create("crash", kafka.bootstrapServers(), EchoEnvironment.of(topic))) {
      PayaraInstance first = node.startInstance(0);
      produce(kafka, topic, 0, total);
      EchoProbe.Stats before =
          EchoProbe.await(first, topic, s -> s.records() >= 4_000, Duration.ofMinutes(2));
      first.kill();
      assertThat(before.records()).as("killed in mid-stream").isBetween(4_000L, total - 1L);

      PayaraInstance second = node.startInstance(0);
      EchoProbe.await(second, topic, s -> s.records() >= total, Duration.ofMinutes(3));
      Thread.sleep(1_000); // a duplicate would show up now
      second.stop();

      EchoTable table = new EchoTable(node.database(), topic);
      assertThat(table.count()).isEqualTo(total);
      assertThat(table.distinctRecords()).isEqualTo(total);
    }
  }

  @Test
  void twoInstancesSplitThePartitionsAndTheSurvivorTakesOverAKilledOnesWithNothingLostOrDoubled(
      TestKafka kafka) throws Exception {
    String topic = kafka.createTopic("echo", 12);
    try (TestNode node =
        TestNode.create("pair", kafka.bootstrapServers(), EchoEnvironment.of(topic))) {
      PayaraInstance first = node.startInstance(0);
      PayaraInstance second = node.startInstance(1);
      int sent = 0;
      EchoProbe.Stats shared = new EchoProbe.Stats(0, 0, 0);
      for (int round = 0; round < 40 && shared.instances() < 2; round++) {
        produce(kafka, topic, sent, 1_000);
        sent += 1_000;
        int expected = sent;
        shared =
            EchoProbe.await(second, topic, s -> s.records() >= expected, Duration.ofMinutes(1));
      }
      assertThat(shared.instances()).as("both instances consumed a share").isEqualTo(2);

      first.kill();
      produce(kafka, topic, sent, 10_000);
      int total = sent + 10_000;
      EchoProbe.await(second, topic, s -> s.records() >= total, Duration.ofMinutes(3));
      Thread.sleep(1_000);
      second.stop();

      EchoTable table = new EchoTable(node.database(), topic);
      assertThat(table.count()).isEqualTo(total);
      assertThat(table.distinctRecords()).isEqualTo(total);
      Set<Integer> takenOver =
          table.rows().stream()
              .filter(r -> r.consumer().equals(second.name()))
              .map(EchoTable.Row::partition)
              .collect(Collectors.toSet());
      assertThat(takenOver).as("the survivor consumed every partition in the end").hasSize(12);
    }
  }

  private static void produce(TestKafka kafka, String topic, int from, int count) {
    try (KafkaProducer<String, String> producer = KafkaClients.producer(kafka.bootstrapServers())) {
      for (int i = from; i < from + count; i++) {
        producer.send(new ProducerRecord<>(topic, "key-" + i, "value-" + i));
      }
    }
  }
}
