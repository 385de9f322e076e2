package org.zoneledger.it.echo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zoneledger.client.launch.PayaraInstance;
import org.zoneledger.it.support.KafkaBrokerExtension;
import org.zoneledger.it.support.KafkaClients;
import org.zoneledger.it.support.TestKafka;
import org.zoneledger.it.support.TestNode;

/** A record the MDB refuses is retried in order, then dead-lettered, and the rest flows on. */
@ExtendWith(KafkaBrokerExtension.class)
class EchoRetryIT {

  private static final int MAX_ATTEMPTS = 3;

  @Test
  void aRefusedRecordIsRetriedInOrderThenDeadLetteredAndTheRestFlowsOn(TestKafka kafka)
      throws Exception {
    String topic = kafka.createTopic("echo", 1);
    String deadLetters = kafka.createTopic("dlq", 1);
    try (TestNode node =
        TestNode.create(
            "retry",
            kafka.bootstrapServers(),
            EchoEnvironment.of(
                topic,
                "ZONELEDGER_ECHO_MAX_ATTEMPTS",
                Integer.toString(MAX_ATTEMPTS),
                "ZONELEDGER_ECHO_RETRY_BACKOFF_MS",
                "100",
                "ZONELEDGER_ECHO_DLQ",
                deadLetters))) {
      PayaraInstance instance = node.startInstance(0);
      try (KafkaProducer<String, String> producer =
          KafkaClients.producer(kafka.bootstrapServers())) {
        for (int i = 0; i < 10; i++) {
          String key = i == 4 ? "poison-4" : "key-" + i;
          producer.send(new ProducerRecord<>(topic, 0, key, "value-" + i));
        }
      }
      assertThat(EchoProbe.await(instance, topic, s -> s.records() >= 9, Duration.ofMinutes(2)))
          .extracting(EchoProbe.Stats::records)
          .isEqualTo(9L);

      List<ConsumerRecord<String, String>> dead =
          KafkaClients.readUntil(
              kafka.bootstrapServers(),
              new TopicPartition(deadLetters, 0),
              r -> "poison-4".equals(r.key()),
              Duration.ofSeconds(30));
      assertThat(dead).hasSize(1);
      assertThat(header(dead.get(0), "x-original-offset")).isEqualTo("4");
      assertThat(header(dead.get(0), "x-error")).contains("poison record");
      instance.stop();

      EchoTable table = new EchoTable(node.database(), topic);
      assertThat(table.offsetsByPartition().get(0))
          .containsExactly(0L, 1L, 2L, 3L, 5L, 6L, 7L, 8L, 9L);
      assertThat(table.attempts(4))
          .as("attempts at the refused record: retried, never skipped silently")
          .isBetween((long) MAX_ATTEMPTS, 2L * MAX_ATTEMPTS);
      assertThat(storedAt(node, topic, 5))
          .as("the record after it was stored only after its last attempt")
          .isAfterOrEqualTo(lastAttempt(node, topic, 4));
    }
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }

  private static Timestamp storedAt(TestNode node, String topic, long offset) throws Exception {
    return timestamp(
        node, "SELECT MIN(STORED_AT) FROM ECHO_RECORD WHERE TOPIC = ? AND OFFS = ?", topic, offset);
  }

  private static Timestamp lastAttempt(TestNode node, String topic, long offset) throws Exception {
    return timestamp(
        node,
        "SELECT MAX(ATTEMPTED_AT) FROM ECHO_ATTEMPT WHERE TOPIC = ? AND OFFS = ?",
        topic,
        offset);
  }

  private static Timestamp timestamp(TestNode node, String sql, String topic, long offset)
      throws Exception {
    try (Connection c = node.database().connect();
        PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, topic);
      p.setLong(2, offset);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getTimestamp(1);
      }
    }
  }
}
