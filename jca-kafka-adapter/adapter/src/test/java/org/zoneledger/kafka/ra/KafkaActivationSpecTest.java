package org.zoneledger.kafka.ra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.resource.spi.InvalidPropertyException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zoneledger.kafka.config.BootstrapServers;
import org.zoneledger.kafka.inbound.ConsumerSettings;
import org.zoneledger.kafka.inbound.DeliveryMode;

class KafkaActivationSpecTest {

  private static KafkaActivationSpec valid() {
    KafkaActivationSpec spec = new KafkaActivationSpec();
    spec.setBootstrapServers("127.0.0.1:9092");
    spec.setTopics("a, b");
    spec.setGroupId("node1.validator");
    return spec;
  }

  private static void assertInvalid(KafkaActivationSpec spec, String property, String message) {
    assertThatThrownBy(spec::validate)
        .isInstanceOf(InvalidPropertyException.class)
        .hasMessage(message)
        .satisfies(
            e ->
                assertThat(((InvalidPropertyException) e).getInvalidPropertyDescriptors())
                    .extracting(d -> d.getName())
                    .containsExactly(property));
  }

  @Test
  void maxAttemptsBelowOneIsRejectedNamingTheProperty() {
    KafkaActivationSpec spec = valid();
    spec.setMaxAttempts("0");
    assertInvalid(spec, "maxAttempts", "maxAttempts must be ≥ 1, was 0");
  }

  @Test
  void topicsMustNameAtLeastOneTopic() {
    KafkaActivationSpec spec = valid();
    spec.setTopics(" , ");
    assertInvalid(spec, "topics", "topics must name at least one topic");
  }

  @Test
  void groupIdIsRequired() {
    KafkaActivationSpec spec = valid();
    spec.setGroupId(null);
    assertInvalid(spec, "groupId", "groupId must be set");
  }

  @Test
  void aNonNumericPollTimeoutIsRejectedNamingTheProperty() {
    KafkaActivationSpec spec = valid();
    spec.setPollTimeoutMs("soon");
    assertInvalid(spec, "pollTimeoutMs", "pollTimeoutMs must be a whole number, was 'soon'");
  }

  @Test
  void anUnknownDeliveryModeIsRejected() {
    KafkaActivationSpec spec = valid();
    spec.setDeliveryMode("STREAM");
    assertInvalid(spec, "deliveryMode", "deliveryMode must be RECORD, BATCH or POLL, was 'STREAM'");
  }

  @Test
  void malformedConsumerPropertiesAreRejected() {
    KafkaActivationSpec spec = valid();
    spec.setConsumerProperties("fetch.min.bytes=1;oops");
    assertInvalid(
        spec,
        "consumerProperties",
        "consumerProperties: entry 'oops' is not of the form key=value");
  }

  @Test
  void deliveryModeBatchRequiresABatchListener() {
    KafkaActivationSpec spec = valid();
    spec.setDeliveryMode("BATCH");
    assertThatThrownBy(() -> spec.settings(Optional.of(DeliveryMode.RECORD)))
        .hasMessage("deliveryMode BATCH requires KafkaBatchListener as message listener");
  }

  @Test
  void missingBootstrapServersAreRejectedNamingTheProperty() {
    assumeTrue(System.getenv(BootstrapServers.ENV_VARIABLE) == null);
    assumeTrue(System.getProperty(BootstrapServers.SYSTEM_PROPERTY) == null);
    KafkaActivationSpec spec = valid();
    spec.setBootstrapServers(null);
    assertThatThrownBy(spec::validate).hasMessageStartingWith("bootstrapServers must be set");
  }

  @Test
  void bootstrapServersFallBackToTheSystemProperty() throws Exception {
    assumeTrue(System.getProperty(BootstrapServers.SYSTEM_PROPERTY) == null);
    KafkaActivationSpec spec = valid();
    spec.setBootstrapServers("");
    System.setProperty(BootstrapServers.SYSTEM_PROPERTY, "10.0.0.1:9092");
    try {
      assertThat(spec.settings(Optional.empty()).bootstrapServers()).isEqualTo("10.0.0.1:9092");
    } finally {
      System.clearProperty(BootstrapServers.SYSTEM_PROPERTY);
    }
  }

  @Test
  void systemPlaceholdersAreResolved() throws Exception {
    KafkaActivationSpec spec = valid();
    spec.setGroupId("${SYSTEM=java.specification.version}.coordinator");
    assertThat(spec.settings(Optional.empty()).groupId())
        .isEqualTo(System.getProperty("java.specification.version") + ".coordinator");
  }

  @Test
  void unsetPropertiesTakeTheirDefaults() throws Exception {
    ConsumerSettings s = valid().settings(Optional.empty());
    assertThat(s.topics()).containsExactly("a", "b");
    assertThat(s.maxPollRecords()).isEqualTo(500);
    assertThat(s.pollTimeout()).isEqualTo(Duration.ofSeconds(1));
    assertThat(s.retryBackoff()).isEqualTo(Duration.ofSeconds(1));
    assertThat(s.maxAttempts()).isEqualTo(5);
    assertThat(s.deliveryMode()).isEqualTo(DeliveryMode.RECORD);
    assertThat(s.applicationOffsets()).isFalse();
    assertThat(s.autoOffsetReset()).isEqualTo("earliest");
    assertThat(s.consumers()).isEqualTo(1);
    assertThat(s.deadLetterTopicFor("a")).isEqualTo("a.DLT");
    assertThat(s.kafkaProperties(0)).containsEntry("enable.auto.commit", "false");
  }

  @Test
  void deliveryModeDefaultsToTheListenerInterface() throws Exception {
    assertThat(valid().settings(Optional.of(DeliveryMode.BATCH)).deliveryMode())
        .isEqualTo(DeliveryMode.BATCH);
  }

  @Test
  void autoCommitCannotBeSwitchedOnThroughConsumerProperties() throws Exception {
    KafkaActivationSpec spec = valid();
    spec.setConsumerProperties("enable.auto.commit=true; fetch.min.bytes=10");
    assertThat(spec.settings(Optional.empty()).kafkaProperties(0))
        .containsEntry("enable.auto.commit", "false")
        .containsEntry("fetch.min.bytes", "10");
  }
}
