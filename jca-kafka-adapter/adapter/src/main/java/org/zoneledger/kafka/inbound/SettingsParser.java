package org.zoneledger.kafka.inbound;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.zoneledger.kafka.config.BootstrapServers;
import org.zoneledger.kafka.config.KeyValues;
import org.zoneledger.kafka.config.Placeholders;

/**
 * Turns the raw (string) activation properties into {@link ConsumerSettings}, resolving
 * placeholders and applying defaults, or fails with an {@link InvalidSettingException} naming the
 * offending property.
 */
public final class SettingsParser {

  public static final String BOOTSTRAP_SERVERS = "bootstrapServers";
  public static final String TOPICS = "topics";
  public static final String GROUP_ID = "groupId";
  public static final String CLIENT_ID = "clientId";
  public static final String MAX_POLL_RECORDS = "maxPollRecords";
  public static final String POLL_TIMEOUT_MS = "pollTimeoutMs";
  public static final String RETRY_BACKOFF_MS = "retryBackoffMs";
  public static final String MAX_ATTEMPTS = "maxAttempts";
  public static final String DEAD_LETTER_TOPIC = "deadLetterTopic";
  public static final String DELIVERY_MODE = "deliveryMode";
  public static final String APPLICATION_OFFSETS = "applicationOffsets";
  public static final String AUTO_OFFSET_RESET = "autoOffsetReset";
  public static final String CONSUMER_PROPERTIES = "consumerProperties";
  public static final String CONSUMERS = "consumers";
  public static final String ENABLED = "enabled";

  private final Map<String, String> raw;
  private final Placeholders placeholders;

  public SettingsParser(Map<String, String> raw, Placeholders placeholders) {
    this.raw = raw;
    this.placeholders = placeholders;
  }

  /**
   * The {@code enabled} switch: blank means true; otherwise {@code true} or {@code false} after
   * placeholders are resolved (case-insensitive).
   */
  public static boolean enabled(String raw, Placeholders placeholders) {
    String resolved = placeholders.resolve(raw);
    String v = resolved == null ? "" : resolved.trim().toLowerCase(Locale.ROOT);
    if (v.isEmpty() || v.equals("true")) {
      return true;
    }
    if (v.equals("false")) {
      return false;
    }
    throw new InvalidSettingException(ENABLED, "enabled must be true or false, was '" + v + "'");
  }

  /**
   * @param listenerMode the mode implied by the endpoint's listener interface, if known
   */
  public ConsumerSettings parse(Optional<DeliveryMode> listenerMode) {
    String bootstrap =
        BootstrapServers.resolve(value(BOOTSTRAP_SERVERS))
            .orElseThrow(
                () ->
                    new InvalidSettingException(
                        BOOTSTRAP_SERVERS,
                        "bootstrapServers must be set (or system property "
                            + BootstrapServers.SYSTEM_PROPERTY
                            + " or environment variable "
                            + BootstrapServers.ENV_VARIABLE
                            + ")"));
    List<String> topics =
        Arrays.stream(value(TOPICS).split(","))
            .map(String::trim)
            .filter(t -> !t.isEmpty())
            .toList();
    if (topics.isEmpty()) {
      throw new InvalidSettingException(TOPICS, "topics must name at least one topic");
    }
    String groupId = value(GROUP_ID);
    if (groupId.isEmpty()) {
      throw new InvalidSettingException(GROUP_ID, "groupId must be set");
    }
    return new ConsumerSettings(
        bootstrap,
        topics,
        groupId,
        value(CLIENT_ID),
        (int) number(MAX_POLL_RECORDS, ConsumerSettings.DEFAULT_MAX_POLL_RECORDS, 1),
        Duration.ofMillis(number(POLL_TIMEOUT_MS, ConsumerSettings.DEFAULT_POLL_TIMEOUT_MS, 1)),
        Duration.ofMillis(number(RETRY_BACKOFF_MS, ConsumerSettings.DEFAULT_RETRY_BACKOFF_MS, 0)),
        (int) number(MAX_ATTEMPTS, ConsumerSettings.DEFAULT_MAX_ATTEMPTS, 1),
        value(DEAD_LETTER_TOPIC),
        deliveryMode(listenerMode),
        bool(APPLICATION_OFFSETS),
        autoOffsetReset(),
        consumerProperties(),
        (int) number(CONSUMERS, ConsumerSettings.DEFAULT_CONSUMERS, 1));
  }

  private String value(String property) {
    String v = placeholders.resolve(raw.get(property));
    return v == null ? "" : v.trim();
  }

  private long number(String property, long defaultValue, long min) {
    String v = value(property);
    if (v.isEmpty()) {
      return defaultValue;
    }
    long n;
    try {
      n = Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new InvalidSettingException(
          property, property + " must be a whole number, was '" + v + "'");
    }
    if (n < min || n > Integer.MAX_VALUE) {
      throw new InvalidSettingException(property, property + " must be ≥ " + min + ", was " + n);
    }
    return n;
  }

  private boolean bool(String property) {
    String v = value(property).toLowerCase(Locale.ROOT);
    if (!v.isEmpty() && !v.equals("true") && !v.equals("false")) {
      throw new InvalidSettingException(
          property, property + " must be true or false, was '" + v + "'");
    }
    return v.equals("true");
  }

  private DeliveryMode deliveryMode(Optional<DeliveryMode> listenerMode) {
    String v = value(DELIVERY_MODE).toUpperCase(Locale.ROOT);
    if (v.isEmpty()) {
      return listenerMode.orElse(DeliveryMode.RECORD);
    }
    DeliveryMode mode;
    try {
      mode = DeliveryMode.valueOf(v);
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingException(
          DELIVERY_MODE,
          "deliveryMode must be RECORD, BATCH or POLL, was '" + value(DELIVERY_MODE) + "'");
    }
    if (listenerMode.isPresent() && listenerMode.get() != mode) {
      String needed =
          switch (mode) {
            case BATCH -> "KafkaBatchListener";
            case POLL -> "KafkaPollListener";
            case RECORD -> "KafkaRecordListener";
          };
      throw new InvalidSettingException(
          DELIVERY_MODE, "deliveryMode " + mode + " requires " + needed + " as message listener");
    }
    return mode;
  }

  private String autoOffsetReset() {
    String v = value(AUTO_OFFSET_RESET).toLowerCase(Locale.ROOT);
    if (v.isEmpty()) {
      return ConsumerSettings.DEFAULT_AUTO_OFFSET_RESET;
    }
    if (!List.of("earliest", "latest", "none").contains(v)) {
      throw new InvalidSettingException(
          AUTO_OFFSET_RESET, "autoOffsetReset must be earliest, latest or none, was '" + v + "'");
    }
    return v;
  }

  private Map<String, String> consumerProperties() {
    try {
      return KeyValues.parse(value(CONSUMER_PROPERTIES));
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingException(
          CONSUMER_PROPERTIES, "consumerProperties: " + e.getMessage());
    }
  }
}
