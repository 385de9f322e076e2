package org.zoneledger.it.arquillian;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zoneledger.it.support.KafkaBrokerExtension;
import org.zoneledger.it.support.KafkaClients;

/**
 * The echo path on Arquillian's managed Payara Micro: the real WAR, deployed by Arquillian after
 * our resource adapter (see {@link MicroInstanceSetup}), receives 10,000 records over 12 partitions
 * in per-partition order with none missing. Runs as a client: it produces to the run's broker,
 * follows progress through {@code GET /api/admin/echo/{topic}} at the deployment's URL, then reads
 * what the MDB stored from the node database (H2, or PostgreSQL with {@code -Ppostgres}).
 *
 * <p>The order of the extensions matters: the broker first, then the instance's settings, then
 * Arquillian, which starts the instance in its {@code beforeAll}.
 */
@ExtendWith(KafkaBrokerExtension.class)
@ExtendWith(MicroInstanceSetup.class)
@ExtendWith(ArquillianExtension.class)
class EchoInContainerIT {

  private static final int RECORDS = 10_000;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  @ArquillianResource private URL deployment;

  @Deployment(testable = false)
  static WebArchive application() {
    String artifacts = System.getProperty("it.artifacts", "target/it-artifacts");
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(artifacts, "zone-ledger.war").getAbsoluteFile());
  }

  @Test
  void tenThousandRecordsOverTwelvePartitionsArriveInPartitionOrderWithNoneMissing()
      throws Exception {
    String topic = MicroInstanceSetup.ECHO_TOPIC;
    awaitHealthy(Duration.ofMinutes(2));

    try (KafkaProducer<String, String> producer =
        KafkaClients.producer(KafkaBrokerExtension.bootstrapServers())) {
      for (int i = 0; i < RECORDS; i++) {
        producer.send(new ProducerRecord<>(topic, "key-" + i, "value-" + i));
      }
    }

    JsonNode stats = awaitRecords(topic, RECORDS, Duration.ofMinutes(3));
    assertThat(stats.get("records").asLong()).isEqualTo(RECORDS);
    Thread.sleep(1_000); // nothing more may arrive
    stats = echoStats(topic);
    assertThat(stats.get("records").asLong()).isEqualTo(RECORDS);
    assertThat(stats.get("distinct").asLong()).isEqualTo(RECORDS);

    Map<Integer, List<Long>> offsets = storedOffsetsByPartition(topic);
    assertThat(offsets).hasSize(MicroInstanceSetup.PARTITIONS);
    assertThat(offsets.values().stream().mapToInt(List::size).sum()).isEqualTo(RECORDS);
    offsets.forEach(
        (partition, stored) ->
            assertThat(stored)
                .as("partition %d stored in offset order, without gaps", partition)
                .containsExactlyElementsOf(LongStream.range(0, stored.size()).boxed().toList()));
  }

  private void awaitHealthy(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    int status = -1;
    while (System.nanoTime() < deadline) {
      try {
        status = get("api/admin/health").statusCode();
        if (status == 200) {
          return;
        }
      } catch (IOException e) {
        // not answering yet
      }
      Thread.sleep(500);
    }
    throw new AssertionError("instance at " + deployment + " not healthy: last status " + status);
  }

  private JsonNode awaitRecords(String topic, long expected, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    JsonNode last = null;
    while (System.nanoTime() < deadline) {
      try {
        last = echoStats(topic);
        if (last.get("records").asLong() >= expected) {
          return last;
        }
      } catch (IOException e) {
        // busy: ask again
      }
      Thread.sleep(250);
    }
    throw new AssertionError(
        expected + " records not stored within " + timeout + "; last stats: " + last);
  }

  private JsonNode echoStats(String topic) throws IOException, InterruptedException {
    HttpResponse<String> response = get("api/admin/echo/" + topic);
    if (response.statusCode() != 200) {
      throw new IOException("echo stats answered " + response.statusCode());
    }
    return JSON.readTree(response.body());
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    // Payara Micro reports its host name ("localhost"); the instance listens on 127.0.0.1 only
    String root =
        deployment.getPath().endsWith("/") ? deployment.getPath() : deployment.getPath() + "/";
    URI uri = URI.create("http://127.0.0.1:" + deployment.getPort() + root + path);
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Offsets per partition in the order the MDB stored them (row ids). */
  private static Map<Integer, List<Long>> storedOffsetsByPartition(String topic) throws Exception {
    Map<Integer, List<Long>> byPartition = new TreeMap<>();
    try (Connection c = NodeDatabase.fromEnvironment().connect();
        PreparedStatement p =
            c.prepareStatement("SELECT PART, OFFS FROM ECHO_RECORD WHERE TOPIC = ? ORDER BY ID")) {
      p.setString(1, topic);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          byPartition.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(rs.getLong(2));
        }
      }
    }
    return byPartition;
  }
}
