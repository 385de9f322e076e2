package org.zoneledger.kafka.config;

import java.util.Properties;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Creates Kafka clients with the adapter's class loader as context class loader: kafka-clients
 * loads configured classes (assignors, partitioners) through it, and on a container thread it would
 * otherwise be the application's or the server's loader, which cannot see kafka-clients.
 */
public final class KafkaClients {

  private KafkaClients() {}

  public static Consumer<byte[], byte[]> consumer(Properties properties) {
    return withAdapterClassLoader(
        () ->
            new KafkaConsumer<>(
                properties, new ByteArrayDeserializer(), new ByteArrayDeserializer()));
  }

  public static Producer<byte[], byte[]> producer(Properties properties) {
    return withAdapterClassLoader(
        () ->
            new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer()));
  }

  /**
   * Producer properties every producer of the adapter uses: idempotent, {@code acks=all}, plus
   * {@code overrides} (applied last, except that idempotence and acks stay fixed).
   */
  public static Properties reliableProducer(String bootstrapServers, Properties overrides) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    p.putAll(overrides);
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    return p;
  }

  private static <T> T withAdapterClassLoader(Supplier<T> create) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(KafkaClients.class.getClassLoader());
    try {
      return create.get();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
