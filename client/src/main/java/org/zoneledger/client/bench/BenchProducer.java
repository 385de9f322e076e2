package org.zoneledger.client.bench;

import java.util.Properties;
import java.util.Random;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Fills the benchmark topic with {@code records} key-less records of {@code size} random bytes,
 * spread evenly over the partitions (record {@code i} goes to partition {@code i % partitions}), in
 * ONE Kafka transaction: a {@code read_committed} consumer sees none of them until the commit and
 * then all of them, so a consumer that is already running starts on a full backlog.
 */
final class BenchProducer {

  private BenchProducer() {}

  /** Produces and commits; the time runs from the first send to the end of the commit. */
  static Throughput produce(
      String bootstrap, String topic, String transactionalId, int records, BenchOptions o) {
    byte[] value = new byte[o.size()];
    new Random(42).nextBytes(value);
    try (KafkaProducer<byte[], byte[]> producer =
        new KafkaProducer<>(properties(bootstrap, transactionalId))) {
      producer.initTransactions();
      long start = System.nanoTime();
      long cpu = Throughput.ownCpuNanos();
      producer.beginTransaction();
      for (int i = 0; i < records; i++) {
        producer.send(new ProducerRecord<>(topic, i % o.partitions(), null, value));
      }
      producer.commitTransaction();
      long nanos = System.nanoTime() - start;
      cpu = Throughput.ownCpuNanos() - cpu;
      return new Throughput(records, (long) records * o.size(), nanos, cpu);
    }
  }

  private static Properties properties(String bootstrap, String transactionalId) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
    p.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, Integer.toString(10 * 60 * 1000));
    p.put(ProducerConfig.LINGER_MS_CONFIG, "10");
    p.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
    p.put(ProducerConfig.BUFFER_MEMORY_CONFIG, Long.toString(128L * 1024 * 1024));
    p.put(ProducerConfig.CLIENT_ID_CONFIG, "bench-producer");
    return p;
  }
}
