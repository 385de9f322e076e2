package org.zoneledger.client.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.zoneledger.client.launch.LocalZone;

/**
 * The demo of the walking skeleton: sends records to the echo topic and shows that the node stored
 * each one (Kafka → resource adapter → echo MDB → JPA), reading the node's echo stats.
 */
final class EchoDemo {

  private static final Pattern RECORDS = Pattern.compile("\"records\"\\s*:\\s*(\\d+)");

  private final String bootstrap;
  private final URI node;
  private final PrintStream out;
  private final HttpClient http = HttpClient.newHttpClient();

  EchoDemo(String bootstrap, URI node, PrintStream out) {
    this.bootstrap = bootstrap;
    this.node = node;
    this.out = out;
  }

  void run(int count) throws IOException, InterruptedException {
    long before = stored();
    long start = System.nanoTime();
    try (KafkaProducer<String, String> producer = producer()) {
      for (int i = 0; i < count; i++) {
        String key = "demo-" + System.currentTimeMillis() + "-" + i;
        producer.send(new ProducerRecord<>(LocalZone.ECHO_TOPIC, key, "hello " + i));
      }
    }
    out.printf("%nsent %d records to %s%n", count, LocalZone.ECHO_TOPIC);
    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    long now = stored();
    while (now < before + count && System.nanoTime() < deadline) {
      Thread.sleep(200);
      now = stored();
    }
    if (now < before + count) {
      throw new CommandException(
          "the node stored " + (now - before) + " of " + count + " records within a minute");
    }
    out.printf(
        "the node stored all %d (echo table now holds %d) in %d ms: %s%n",
        count, now, (System.nanoTime() - start) / 1_000_000, statsUri());
  }

  private long stored() throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(HttpRequest.newBuilder(statsUri()).build(), HttpResponse.BodyHandlers.ofString());
    Matcher m = RECORDS.matcher(response.body());
    if (response.statusCode() != 200 || !m.find()) {
      throw new CommandException(
          "echo stats answered " + response.statusCode() + ": " + response.body());
    }
    return Long.parseLong(m.group(1));
  }

  private URI statsUri() {
    return node.resolve("/api/admin/echo/" + LocalZone.ECHO_TOPIC);
  }

  private KafkaProducer<String, String> producer() {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
  }
}
