import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Kafka side of {@code scripts/ear-smoke}, run with the single-file source launcher on the client
 * module's classpath (kafka-clients):
 *
 * <pre>
 *   topic BOOTSTRAP NAME PARTITIONS      create a topic (an existing one is fine)
 *   send  BOOTSTRAP TOPIC COUNT          send COUNT records smoke-0..COUNT-1, wait for all acks
 *   acks  BOOTSTRAP TOPIC COUNT SECONDS  read TOPIC from the start until COUNT distinct values
 * </pre>
 *
 * Exits 0 on success, 1 otherwise.
 */
public class EarSmokeClient {

  public static void main(String[] args) throws Exception {
    String bootstrap = args[1];
    switch (args[0]) {
      case "topic" -> topic(bootstrap, args[2], Integer.parseInt(args[3]));
      case "send" -> send(bootstrap, args[2], Integer.parseInt(args[3]));
      case "acks" ->
          System.exit(
              acks(bootstrap, args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]))
                  ? 0
                  : 1);
      default -> throw new IllegalArgumentException("unknown command " + args[0]);
    }
  }

  private static void topic(String bootstrap, String name, int partitions) throws Exception {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    try (Admin admin = Admin.create(props)) {
      admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get();
      System.out.printf("topic %s created with %d partitions%n", name, partitions);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw e;
      }
      System.out.printf("topic %s exists%n", name);
    }
  }

  private static void send(String bootstrap, String topic, int count) throws Exception {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
      for (int i = 0; i < count; i++) {
        producer.send(new ProducerRecord<>(topic, "smoke-" + i, "ear smoke " + i)).get();
      }
    }
    System.out.printf("sent %d records to %s%n", count, topic);
  }

  private static boolean acks(String bootstrap, String topic, int count, int seconds) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    Set<String> seen = new HashSet<>();
    long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      while (seen.size() < count && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
          seen.add(r.value());
        }
      }
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      System.out.printf(
          "%d distinct acknowledgements on %s (end offsets %s)%n", seen.size(), topic, end);
    }
    return seen.size() >= count;
  }
}
