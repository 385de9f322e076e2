package org.zoneledger.kafka.ra;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.Activation;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ResourceAdapter;
import java.beans.IntrospectionException;
import java.beans.PropertyDescriptor;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.zoneledger.kafka.api.KafkaBatchListener;
import org.zoneledger.kafka.api.KafkaPollListener;
import org.zoneledger.kafka.api.KafkaRecordListener;
import org.zoneledger.kafka.config.Placeholders;
import org.zoneledger.kafka.inbound.ConsumerSettings;
import org.zoneledger.kafka.inbound.DeliveryMode;
import org.zoneledger.kafka.inbound.InvalidSettingException;
import org.zoneledger.kafka.inbound.SettingsParser;

/**
 * Activation properties of an MDB bound to this adapter. All are strings (so that placeholders such
 * as {@code ${ENV=NAME}} work for any of them and bad values get a clear message); they are parsed
 * and validated by {@link SettingsParser}, which holds the defaults. Only accessors here.
 */
@Activation(
    messageListeners = {
      KafkaRecordListener.class,
      KafkaBatchListener.class,
      KafkaPollListener.class
    })
public class KafkaActivationSpec implements ActivationSpec, Serializable {

  private static final long serialVersionUID = 1L;

  private transient ResourceAdapter resourceAdapter;

  @ConfigProperty(
      description =
          "Kafka bootstrap servers; default: system property zoneledger.kafka.bootstrap, then env ZONELEDGER_KAFKA_BOOTSTRAP")
  private String bootstrapServers;

  @ConfigProperty(description = "Comma-separated topics to subscribe to (required)")
  private String topics;

  @ConfigProperty(description = "Consumer group id (required)")
  private String groupId;

  @ConfigProperty(
      description = "Kafka client id (suffixed -N when consumers > 1); default: Kafka's")
  private String clientId;

  @ConfigProperty(description = "max.poll.records, also the largest batch; default 500")
  private String maxPollRecords;

  @ConfigProperty(description = "Poll timeout in ms; default 1000")
  private String pollTimeoutMs;

  @ConfigProperty(
      description = "Pause before redelivering a failed record or batch, ms; default 1000")
  private String retryBackoffMs;

  @ConfigProperty(description = "Delivery attempts before a record is dead-lettered; default 5")
  private String maxAttempts;

  @ConfigProperty(description = "Dead-letter topic; default <original topic>.DLT")
  private String deadLetterTopic;

  @ConfigProperty(description = "RECORD or BATCH; default: from the listener interface")
  private String deliveryMode;

  @ConfigProperty(
      description = "true: ask the endpoint for its positions on assignment; default false")
  private String applicationOffsets;

  @ConfigProperty(description = "earliest, latest or none; default earliest")
  private String autoOffsetReset;

  @ConfigProperty(
      description = "Raw Kafka consumer properties k=v;k=v (enable.auto.commit stays false)")
  private String consumerProperties;

  @ConfigProperty(description = "Number of consumers (each its own Work and thread); default 1")
  private String consumers;

  @ConfigProperty(
      description =
          "false: the endpoint is activated without a consumer (a switch for optional MDBs);"
              + " default true")
  private String enabled;

  @Override
  public void validate() throws InvalidPropertyException {
    if (isEnabled()) {
      settings(Optional.empty());
    }
  }

  /**
   * Whether this activation starts a consumer: {@code enabled} resolved, default true. A disabled
   * activation is not validated further, so its other properties may stay unresolved.
   *
   * @throws InvalidPropertyException if {@code enabled} is neither true nor false
   */
  public boolean isEnabled() throws InvalidPropertyException {
    try {
      return SettingsParser.enabled(enabled, Placeholders.fromRuntime());
    } catch (InvalidSettingException e) {
      throw new InvalidPropertyException(e.getMessage());
    }
  }

  /**
   * The validated settings.
   *
   * @param listenerMode the mode implied by the endpoint's listener interface, if known
   * @throws InvalidPropertyException naming the offending property
   */
  public ConsumerSettings settings(Optional<DeliveryMode> listenerMode)
      throws InvalidPropertyException {
    try {
      return new SettingsParser(rawProperties(), Placeholders.fromRuntime()).parse(listenerMode);
    } catch (InvalidSettingException e) {
      InvalidPropertyException invalid = new InvalidPropertyException(e.getMessage());
      try {
        invalid.setInvalidPropertyDescriptors(
            new PropertyDescriptor[] {new PropertyDescriptor(e.property(), getClass())});
      } catch (IntrospectionException ignored) {
        // the message names the property anyway
      }
      throw invalid;
    }
  }

  private Map<String, String> rawProperties() {
    Map<String, String> raw = new HashMap<>();
    raw.put(SettingsParser.BOOTSTRAP_SERVERS, bootstrapServers);
    raw.put(SettingsParser.TOPICS, topics);
    raw.put(SettingsParser.GROUP_ID, groupId);
    raw.put(SettingsParser.CLIENT_ID, clientId);
    raw.put(SettingsParser.MAX_POLL_RECORDS, maxPollRecords);
    raw.put(SettingsParser.POLL_TIMEOUT_MS, pollTimeoutMs);
    raw.put(SettingsParser.RETRY_BACKOFF_MS, retryBackoffMs);
    raw.put(SettingsParser.MAX_ATTEMPTS, maxAttempts);
    raw.put(SettingsParser.DEAD_LETTER_TOPIC, deadLetterTopic);
    raw.put(SettingsParser.DELIVERY_MODE, deliveryMode);
    raw.put(SettingsParser.APPLICATION_OFFSETS, applicationOffsets);
    raw.put(SettingsParser.AUTO_OFFSET_RESET, autoOffsetReset);
    raw.put(SettingsParser.CONSUMER_PROPERTIES, consumerProperties);
    raw.put(SettingsParser.CONSUMERS, consumers);
    return raw;
  }

  @Override
  public ResourceAdapter getResourceAdapter() {
    return resourceAdapter;
  }

  @Override
  public void setResourceAdapter(ResourceAdapter ra) throws ResourceException {
    this.resourceAdapter = ra;
  }

  public String getBootstrapServers() {
    return bootstrapServers;
  }

  public void setBootstrapServers(String bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
  }

  public String getTopics() {
    return topics;
  }

  public void setTopics(String topics) {
    this.topics = topics;
  }

  public String getGroupId() {
    return groupId;
  }

  public void setGroupId(String groupId) {
    this.groupId = groupId;
  }

  public String getClientId() {
    return clientId;
  }

  public void setClientId(String clientId) {
    this.clientId = clientId;
  }

  public String getMaxPollRecords() {
    return maxPollRecords;
  }

  public void setMaxPollRecords(String maxPollRecords) {
    this.maxPollRecords = maxPollRecords;
  }

  public String getPollTimeoutMs() {
    return pollTimeoutMs;
  }

  public void setPollTimeoutMs(String pollTimeoutMs) {
    this.pollTimeoutMs = pollTimeoutMs;
  }

  public String getRetryBackoffMs() {
    return retryBackoffMs;
  }

  public void setRetryBackoffMs(String retryBackoffMs) {
    this.retryBackoffMs = retryBackoffMs;
  }

  public String getMaxAttempts() {
    return maxAttempts;
  }

  public void setMaxAttempts(String maxAttempts) {
    this.maxAttempts = maxAttempts;
  }

  public String getDeadLetterTopic() {
    return deadLetterTopic;
  }

  public void setDeadLetterTopic(String deadLetterTopic) {
    this.deadLetterTopic = deadLetterTopic;
  }

  public String getDeliveryMode() {
    return deliveryMode;
  }

  public void setDeliveryMode(String deliveryMode) {
    this.deliveryMode = deliveryMode;
  }

  public String getApplicationOffsets() {
    return applicationOffsets;
  }

  public void setApplicationOffsets(String applicationOffsets) {
    this.applicationOffsets = applicationOffsets;
  }

  public String getAutoOffsetReset() {
    return autoOffsetReset;
  }

  public void setAutoOffsetReset(String autoOffsetReset) {
    this.autoOffsetReset = autoOffsetReset;
  }

  public String getConsumerProperties() {
    return consumerProperties;
  }

  public void setConsumerProperties(String consumerProperties) {
    this.consumerProperties = consumerProperties;
  }

  public String getConsumers() {
    return consumers;
  }

  public void setConsumers(String consumers) {
    this.consumers = consumers;
  }

  public String getEnabled() {
    return enabled;
  }

  public void setEnabled(String enabled) {
    this.enabled = enabled;
  }

  @Override
  public String toString() {
    Map<String, String> shown = rawProperties();
    shown.put(SettingsParser.ENABLED, enabled);
    return "KafkaActivationSpec" + shown;
  }
}
