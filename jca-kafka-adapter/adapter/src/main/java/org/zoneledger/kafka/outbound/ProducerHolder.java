package org.zoneledger.kafka.outbound;

import jakarta.resource.spi.InvalidPropertyException;
import java.time.Duration;
import java.util.Properties;
import java.util.logging.Logger;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.zoneledger.kafka.config.BootstrapServers;
import org.zoneledger.kafka.config.KafkaClients;
import org.zoneledger.kafka.config.KeyValues;
import org.zoneledger.kafka.config.Placeholders;

/** The shared producer of one managed connection factory, built from its (string) properties. */
final class ProducerHolder implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(ProducerHolder.class.getName());
  static final long DEFAULT_SEND_TIMEOUT_MS = 60_000;

  private final Producer<byte[], byte[]> producer;
  private final RecordSender sender;

  ProducerHolder(Producer<byte[], byte[]> producer, Duration sendTimeout) {
    this.producer = producer;
    this.sender = new RecordSender(producer, sendTimeout);
  }

  static ProducerHolder create(
      String bootstrapServers,
      String clientId,
      String lingerMs,
      String sendTimeoutMs,
      String producerProperties)
      throws InvalidPropertyException {
    Placeholders placeholders = Placeholders.fromRuntime();
    String bootstrap =
        BootstrapServers.resolve(placeholders.resolve(bootstrapServers))
            .orElseThrow(
                () ->
                    new InvalidPropertyException(
                        "bootstrapServers must be set on the Kafka connection factory (or system"
                            + " property "
                            + BootstrapServers.SYSTEM_PROPERTY
                            + " or environment variable "
                            + BootstrapServers.ENV_VARIABLE
                            + ")"));
    Properties overrides = new Properties();
    try {
      overrides.putAll(KeyValues.parse(placeholders.resolve(producerProperties)));
    } catch (IllegalArgumentException e) {
      throw new InvalidPropertyException("producerProperties: " + e.getMessage());
    }
    putIfSet(overrides, ProducerConfig.CLIENT_ID_CONFIG, placeholders.resolve(clientId));
    putIfSet(overrides, ProducerConfig.LINGER_MS_CONFIG, placeholders.resolve(lingerMs));
    long timeout = parseTimeout(placeholders.resolve(sendTimeoutMs));
    Producer<byte[], byte[]> producer =
        KafkaClients.producer(KafkaClients.reliableProducer(bootstrap, overrides));
    LOG.info(() -> "Kafka producer for " + bootstrap + " created");
    return new ProducerHolder(producer, Duration.ofMillis(timeout));
  }

  private static void putIfSet(Properties p, String key, String value) {
    if (value != null && !value.isBlank()) {
      p.put(key, value.trim());
    }
  }

  private static long parseTimeout(String value) throws InvalidPropertyException {
    if (value == null || value.isBlank()) {
      return DEFAULT_SEND_TIMEOUT_MS;
    }
    try {
      long ms = Long.parseLong(value.trim());
      if (ms > 0) {
        return ms;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidPropertyException(
        "sendTimeoutMs must be a positive number, was '" + value + "'");
  }

  RecordSender sender() {
    return sender;
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(10));
    LOG.info("Kafka producer closed");
  }
}
