package org.zoneledger.kafka.inbound;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The validated settings of one activation. Build it with {@link SettingsParser}; the defaults are
 * the constants below.
 *
 * @param deadLetterTopic where records go after {@code maxAttempts} failed deliveries; empty means
 *     {@code <original topic>.DLT}
 * @param consumerProperties raw Kafka consumer properties applied last ({@code enable.auto.commit}
 *     is always false)
 */
public record ConsumerSettings(
    String bootstrapServers,
    List<String> topics,
    String groupId,
    String clientId,
    int maxPollRecords,
    Duration pollTimeout,
    Duration retryBackoff,
    int maxAttempts,
    String deadLetterTopic,
    DeliveryMode deliveryMode,
    boolean applicationOffsets,
    String autoOffsetReset,
    Map<String, String> consumerProperties,
    int consumers) {

  public static final int DEFAULT_MAX_POLL_RECORDS = 500;
  public static final long DEFAULT_POLL_TIMEOUT_MS = 1_000;
  public static final long DEFAULT_RETRY_BACKOFF_MS = 1_000;
  public static final int DEFAULT_MAX_ATTEMPTS = 5;
  public static final String DEFAULT_AUTO_OFFSET_RESET = "earliest";
  public static final int DEFAULT_CONSUMERS = 1;
  public static final String DEAD_LETTER_SUFFIX = ".DLT";

  public ConsumerSettings {
    topics = List.copyOf(topics);
    consumerProperties = Map.copyOf(consumerProperties);
  }

  /** The dead-letter topic for a record of {@code topic}. */
  public String deadLetterTopicFor(String topic) {
    return deadLetterTopic.isEmpty() ? topic + DEAD_LETTER_SUFFIX : deadLetterTopic;
  }

  /** Kafka consumer properties for consumer number {@code index} of this activation. */
  public Properties kafkaProperties(int index) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    if (!clientId.isEmpty()) {
      p.put(ConsumerConfig.CLIENT_ID_CONFIG, consumers > 1 ? clientId + "-" + index : clientId);
    }
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(maxPollRecords));
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, autoOffsetReset);
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    p.putAll(consumerProperties);
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    return p;
  }
}
