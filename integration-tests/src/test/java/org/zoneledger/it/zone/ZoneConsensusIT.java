package org.zoneledger.it.zone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zoneledger.client.ClientIdentity;
import org.zoneledger.client.CommandBuilder;
import org.zoneledger.client.broker.KafkaBroker;
import org.zoneledger.client.cli.InitCommand;
import org.zoneledger.client.launch.PayaraInstance;
import org.zoneledger.consensus.infrastructure.kafka.ClientEnvelope;
import org.zoneledger.consensus.infrastructure.kafka.RequestRecordCodec;
import org.zoneledger.consensus.infrastructure.kafka.TopicNames;
import org.zoneledger.it.support.KafkaBrokerExtension;
import org.zoneledger.it.support.TestKafka;
import org.zoneledger.it.support.TestNode;
import org.zoneledger.protocol.auth.SignedPut;
import org.zoneledger.protocol.auth.VerificationMode;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.message.RequestId;
import org.zoneledger.protocol.request.AssetKind;

/**
 * Three nodes of a zone, each one Payara Micro instance with its own database, commit client
 * requests through DRME over one broker: every node records each request as COMMITTED and all end
 * with the same state digest.
 */
@ExtendWith(KafkaBrokerExtension.class)
class ZoneConsensusIT {

  private static final int NODES = 3;
  private static final int PARTITIONS = 6;
  private static final Duration STEP = Duration.ofMinutes(2);
  private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");
  private static final Pattern DIGEST = Pattern.compile("\"digest\"\\s*:\\s*\"([0-9a-f]+)\"");

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void threeNodesCommitAnIdentityAnAssetTypeAndAnAccountAndAgreeOnTheState(TestKafka kafka)
      throws Exception {
    String zoneId = "it" + UUID.randomUUID().toString().substring(0, 8);
    Path zoneDir =
        Path.of(System.getProperty("it.work", "target/it-work"), "zone-" + zoneId).toAbsolutePath();
    Files.createDirectories(zoneDir.getParent());
    int init =
        InitCommand.run(
            new String[] {"--nodes", "3", "--dir", zoneDir.toString(), "--zone-id", zoneId},
            new PrintStream(new ByteArrayOutputStream()));
    assertThat(init).isZero();
    TopicNames topics = TopicNames.of("zone." + zoneId);
    KafkaBroker.createTopics(
        kafka.bootstrapServers(),
        Map.of(
            topics.requests(), PARTITIONS,
            topics.entityLog(), PARTITIONS,
            topics.votes(), PARTITIONS));

    List<TestNode> nodes = new ArrayList<>();
    List<PayaraInstance> instances = new ArrayList<>();
    try (KafkaProducer<byte[], byte[]> producer = producer(kafka.bootstrapServers())) {
      for (int i = 1; i <= NODES; i++) {
        String id = "node" + i;
        Map<String, String> env = new HashMap<>();
        env.put("ZONELEDGER_CONSENSUS", "true");
        env.put("ZONELEDGER_NODE_ID", id);
        env.put("ZONELEDGER_ZONE_DESCRIPTOR", zoneDir.resolve("zone.json").toString());
        env.put("ZONELEDGER_TOPIC_REQUESTS", topics.requests());
        env.put("ZONELEDGER_TOPIC_ENTITY_LOG", topics.entityLog());
        env.put("ZONELEDGER_TOPIC_VOTES", topics.votes());
        env.put("ZONELEDGER_COORDINATOR_GROUP", id + ".coordinator");
        env.put("ZONELEDGER_VALIDATOR_GROUP", id + ".validator");
        // the echo diagnostics of these nodes on a topic of their own, without acknowledgements
        env.put("ZONELEDGER_ECHO_TOPICS", zoneId + ".echo");
        env.put("ZONELEDGER_ECHO_GROUP", id + ".echo");
        env.put("ZONELEDGER_ECHO_ACK_TOPIC", "");
        TestNode node = TestNode.create(zoneId + "-" + id, kafka.bootstrapServers(), env);
        nodes.add(node);
      }
      for (TestNode node : nodes) {
        instances.add(node.startInstance(0));
      }

      CommandBuilder commands = new CommandBuilder();
      ClientIdentity alice = ClientIdentity.generate("alice", SignatureAlgorithm.P256_SHA256);
      long t0 = System.nanoTime();
      SignedPut identity = commands.issueIdentity(alice);
      submit(producer, topics, identity);
      assertCommittedEverywhere(instances, identity);
      System.out.printf("identity committed on all nodes after %d ms%n", ms(t0));

      long t1 = System.nanoTime();
      SignedPut type =
          commands.defineAssetType(alice.signatory(), "EUR", AssetKind.QUANTIFIABLE, 2);
      submit(producer, topics, type);
      assertCommittedEverywhere(instances, type);
      SignedPut account =
          commands.createAsset(
              alice.signatory(), "EUR", "alice-eur", BigInteger.valueOf(1_250_000));
      submit(producer, topics, account);
      assertCommittedEverywhere(instances, account);
      System.out.printf("asset type and account committed after %d ms%n", ms(t1));

      // A node reports a request decided once it holds the outcome; the DECIDEs of its other
      // entities may still be applying in other partitions. The nodes must converge.
      List<String> digests = digests(instances);
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (new HashSet<>(digests).size() != 1 && System.nanoTime() < deadline) {
        Thread.sleep(250);
        digests = digests(instances);
      }
      assertThat(digests).doesNotContainNull().containsOnly(digests.get(0));
    } finally {
      for (TestNode node : nodes) {
        node.close();
      }
    }
  }

  private List<String> digests(List<PayaraInstance> instances) throws Exception {
    List<String> digests = new ArrayList<>();
    for (PayaraInstance instance : instances) {
      digests.add(match(DIGEST, get(instance, "/api/admin/zone/digest")));
    }
    return digests;
  }

  private static void submit(
      KafkaProducer<byte[], byte[]> producer, TopicNames topics, SignedPut put) throws Exception {
    RequestId id = new RequestId(put.request().requestId());
    ClientEnvelope envelope =
        new ClientEnvelope(
            id,
            Bytes.of(put.body()),
            put.headers(),
            VerificationMode.IOV42,
            new NodeId("node1"),
            System.currentTimeMillis());
    producer
        .send(
            new ProducerRecord<>(
                topics.requests(), RequestRecordCodec.key(id), RequestRecordCodec.encode(envelope)))
        .get();
  }

  private void assertCommittedEverywhere(List<PayaraInstance> instances, SignedPut put)
      throws Exception {
    String id = put.request().requestId();
    long deadline = System.nanoTime() + STEP.toNanos();
    Map<String, String> last = new HashMap<>();
    while (System.nanoTime() < deadline) {
      boolean all = true;
      for (PayaraInstance instance : instances) {
        String body = get(instance, "/api/admin/zone/requests/" + id);
        last.put(instance.name(), body);
        String status = body == null ? null : match(STATUS, body);
        if (status != null && !status.equals("PENDING")) {
          assertThat(status).as("%s on %s: %s", id, instance.name(), body).isEqualTo("COMMITTED");
        }
        all &= "COMMITTED".equals(status);
      }
      if (all) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError(
        "request " + id + " not committed on every node within " + STEP + ": " + last);
  }

  private String get(PayaraInstance instance, String path)
      throws IOException, InterruptedException {
    URI uri = instance.baseUri().resolve(path);
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    return response.statusCode() == 200 ? response.body() : null;
  }

  private static String match(Pattern pattern, String body) {
    if (body == null) {
      return null;
    }
    Matcher m = pattern.matcher(body);
    return m.find() ? m.group(1) : null;
  }

  private static long ms(long since) {
    return (System.nanoTime() - since) / 1_000_000;
  }

  private static KafkaProducer<byte[], byte[]> producer(String bootstrap) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
  }
}
