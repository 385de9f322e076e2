package org.zoneledger.it.echo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zoneledger.it.support.KafkaBrokerExtension;
import org.zoneledger.it.support.KafkaClients;
import org.zoneledger.it.support.TestKafka;
import org.zoneledger.it.support.TestNode;

/** Records reach the echo MDB through our adapter on Payara Micro, in order and complete. */
@ExtendWith(KafkaBrokerExtension.class)
class EchoDeliveryIT {

  @Test
  void tenThousandRecordsOverTwelvePartitionsArriveInPartitionOrderWithNoneMissing(TestKafka kafka)
      throws Exception {
    String topic = kafka.createTopic("echo", 12);
    String acks = kafka.createTopic("ack", 3);
    try (TestNode node =
        TestNode.create(
            "order",
            kafka.bootstrapServers(),
            Map.of("ZONELEDGER_ECHO_TOPICS", topic, "ZONELEDGER_ECHO_ACK_TOPIC", acks))) {
      node.startInstance(0);
      try (KafkaProducer<String, String> producer =
          KafkaClients.producer(kafka.bootstrapServers())) {
        for (int i = 0; i < 10_000; i++) {
          producer.send(new ProducerRecord<>(topic, "key-" + i, "value-" + i));
        }
      }
      EchoTable table = new EchoTable(node.database(), topic);
      assertThat(table.awaitCount(10_000, Duration.ofMinutes(3))).isEqualTo(10_000);
      Thread.sleep(1_000); // nothing more may arrive
      assertThat(table.count()).isEqualTo(10_000);
      assertThat(table.distinctRecords()).isEqualTo(10_000);
      Map<Integer, List<Long>> offsets = table.offsetsByPartition();
      assertThat(offsets).hasSize(12);
      offsets.forEach(
          (partition, stored) ->
              assertThat(stored)
                  .as("partition %d stored in offset order, without gaps", partition)
                  .containsExactlyElementsOf(LongStream.range(0, stored.size()).boxed().toList()));
    }
  }
}
