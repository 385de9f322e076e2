package org.zoneledger.kafka.outbound;

import jakarta.resource.spi.InvalidPropertyException;
import java.time.Duration;
import java.util.Properties;
import java.util.logging.Logger;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
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
    String bootstrap = ClientProperties.bootstrap(placeholders, bootstrapServers);
    Properties overrides = new Properties();
    try {
      overrides.putAll(KeyValues.parse(placeholders.resolve(producerProperties)));
    } catch (IllegalArgumentException e) {
      throw new InvalidPropertyException("producerProperties: " + e.getMessage());
    }
    ClientProperties.putIfSet(
        overrides, ProducerConfig.CLIENT_ID_CONFIG, placeholders.resolve(clientId));
    ClientProperties.putIfSet(
        overrides, ProducerConfig.LINGER_MS_CONFIG, placeholders.resolve(lingerMs));
    long timeout =
        ClientProperties.positiveMillis(
            "sendTimeoutMs", placeholders.resolve(sendTimeoutMs), DEFAULT_SEND_TIMEOUT_MS);
    Producer<byte[], byte[]> producer =
        KafkaClients.producer(KafkaClients.reliableProducer(bootstrap, overrides));
    LOG.info(() -> "Kafka producer for " + bootstrap + " created");
    return new ProducerHolder(producer, Duration.ofMillis(timeout));
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
