package org.zoneledger.it.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zoneledger.client.broker.BrokerException;
import org.zoneledger.client.broker.BrokerSettings;
import org.zoneledger.client.broker.KafkaBroker;
import org.zoneledger.it.support.KafkaBrokerExtension;
import org.zoneledger.it.support.KafkaClients;
import org.zoneledger.it.support.TestKafka;

@ExtendWith(KafkaBrokerExtension.class)
class KafkaBrokerIT {

  private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

  @Test
  void aRecordRoundTripsThroughATopicOfTwelvePartitions(TestKafka kafka) throws Exception {
    String topic = kafka.createTopic("round-trip", 12);

    assertThat(describe(kafka.bootstrapServers(), topic).partitions())
        .hasSize(12)
        .allSatisfy(partition -> assertThat(partition.leader()).isNotNull());

    RecordMetadata sent =
        KafkaClients.send(kafka.bootstrapServers(), new ProducerRecord<>(topic, 7, "k", "hello"));
    List<ConsumerRecord<String, String>> read =
        KafkaClients.readUntil(
            kafka.bootstrapServers(),
            new TopicPartition(topic, 7),
            r -> r.offset() == sent.offset(),
            READ_TIMEOUT);

    assertThat(read).singleElement().satisfies(r -> assertThat(r.value()).isEqualTo("hello"));
  }

  @Test
  void theStaticAccessorNamesTheSameBrokerAsTheParameter(TestKafka kafka) {
    assertThat(KafkaBrokerExtension.bootstrapServers()).isEqualTo(kafka.bootstrapServers());
  }

  @Test
  void topicsOfTwoCallsHaveDifferentNames(TestKafka kafka) {
    assertThat(kafka.createTopic("same", 1)).isNotEqualTo(kafka.createTopic("same", 1));
  }

  @Test
  void startingOnAPortAnotherBrokerHoldsFailsAndLeavesNothingRunning(TestKafka kafka) {
    Path dir = KafkaBrokerExtension.folderOfThisRun("taken-port");
    int takenPort = Integer.parseInt(kafka.bootstrapServers().replaceFirst(".*:", ""));

    assertThatThrownBy(
            () -> KafkaBroker.start(BrokerSettings.withFreePorts(dir).withPorts(takenPort, 0)))
        .isInstanceOf(BrokerException.class)
        .hasMessageContaining(dir.resolve("broker.log").toString());

    assertThat(dir.resolve("broker.pid")).doesNotExist();
    assertThat(kafka.createTopic("still-served", 1)).isNotBlank();
  }

  /**
   * Uses a broker of its own (the run's broker is shared): produce, stop it from another JVM by its
   * PID file, start it again on the same folder on other ports, read the record back.
   */
  @Test
  void restartingOnTheSameFolderKeepsTheRecords() throws Exception {
    Path dir = KafkaBrokerExtension.folderOfThisRun("restart");
    String topic = "restart";
    String clusterId;
    long firstPid;
    try (KafkaBroker first = KafkaBroker.start(BrokerSettings.withFreePorts(dir))) {
      firstPid = first.pid();
      clusterId = clusterId(first.bootstrapServers());
      KafkaBroker.createTopics(first.bootstrapServers(), Map.of(topic, 3));
      KafkaClients.send(
          first.bootstrapServers(), new ProducerRecord<>(topic, 1, "k", "before restart"));

      assertThatThrownBy(() -> KafkaBroker.start(BrokerSettings.withFreePorts(dir)))
          .isInstanceOf(BrokerException.class)
          .hasMessageContaining("already runs");

      assertThat(stopFromAnotherJvm(dir)).isZero();
      assertThat(first.isRunning()).isFalse();
      assertThat(dir.resolve("broker.pid")).doesNotExist();
    }

    try (KafkaBroker second = KafkaBroker.start(BrokerSettings.withFreePorts(dir))) {
      assertThat(second.pid()).isNotEqualTo(firstPid);
      assertThat(clusterId(second.bootstrapServers())).isEqualTo(clusterId);
      List<ConsumerRecord<String, String>> read =
          KafkaClients.readUntil(
              second.bootstrapServers(),
              new TopicPartition(topic, 1),
              r -> r.value().equals("before restart"),
              READ_TIMEOUT);
      assertThat(read).extracting(ConsumerRecord::value).containsExactly("before restart");
    }
  }

  private static int stopFromAnotherJvm(Path dir) throws Exception {
    Process cli =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.zoneledger.client.cli.ZoneCli",
                "broker",
                "stop",
                "--dir",
                dir.toString())
            .inheritIO()
            .start();
    assertThat(cli.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return cli.exitValue();
  }

  private static TopicDescription describe(String bootstrap, String topic) throws Exception {
    try (Admin admin = admin(bootstrap)) {
      return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
    }
  }

  private static String clusterId(String bootstrap) throws Exception {
    try (Admin admin = admin(bootstrap)) {
      return admin.describeCluster().clusterId().get();
    }
  }

  private static Admin admin(String bootstrap) {
    return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
  }
}
