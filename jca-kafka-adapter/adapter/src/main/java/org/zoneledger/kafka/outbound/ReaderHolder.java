package org.zoneledger.kafka.outbound;

import jakarta.resource.spi.InvalidPropertyException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.zoneledger.kafka.config.KafkaClients;
import org.zoneledger.kafka.config.Placeholders;

/**
 * The reading side of one managed connection factory: a {@link ConsumerPool} of group-less
 * consumers and the {@link RecordReader} over it, built from the factory's (string) properties.
 */
final class ReaderHolder implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(ReaderHolder.class.getName());
  static final long DEFAULT_READ_TIMEOUT_MS = 5_000;

  private final ConsumerPool pool;
  private final RecordReader reader;

  ReaderHolder(ConsumerPool pool, Duration readTimeout) {
    this.pool = pool;
    this.reader = new RecordReader(pool, readTimeout);
  }

  static ReaderHolder create(String bootstrapServers, String clientId, String readTimeoutMs)
      throws InvalidPropertyException {
    Placeholders placeholders = Placeholders.fromRuntime();
    String bootstrap = ClientProperties.bootstrap(placeholders, bootstrapServers);
    long timeout =
        ClientProperties.positiveMillis(
            "readTimeoutMs", placeholders.resolve(readTimeoutMs), DEFAULT_READ_TIMEOUT_MS);
    String client = placeholders.resolve(clientId);
    AtomicInteger created = new AtomicInteger();
    ConsumerPool pool =
        new ConsumerPool(
            () ->
                KafkaClients.consumer(
                    consumerProperties(bootstrap, client, created.incrementAndGet())),
            ConsumerPool.DEFAULT_MAX);
    LOG.info(() -> "Kafka record readers for " + bootstrap + " ready (timeout " + timeout + " ms)");
    return new ReaderHolder(pool, Duration.ofMillis(timeout));
  }

  /**
   * A consumer outside any group: nothing committed, no automatic reset (a read positions it), one
   * record a poll. Each gets its own client.id, which Kafka uses as the name of its metrics.
   */
  static Properties consumerProperties(String bootstrap, String clientId, int index) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "none");
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "1");
    String base = clientId == null || clientId.isBlank() ? "zoneledger" : clientId.trim();
    p.put(ConsumerConfig.CLIENT_ID_CONFIG, base + "-reader-" + index);
    return p;
  }

  RecordReader reader() {
    return reader;
  }

  @Override
  public void close() {
    pool.close();
    LOG.info("Kafka record readers closed");
  }
}
