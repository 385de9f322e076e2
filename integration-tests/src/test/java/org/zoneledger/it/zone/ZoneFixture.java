package org.zoneledger.it.zone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
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
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.zoneledger.client.broker.KafkaBroker;
import org.zoneledger.client.cli.InitCommand;
import org.zoneledger.client.launch.PayaraInstance;
import org.zoneledger.client.launch.ZoneNodeEnvironment;
import org.zoneledger.consensus.infrastructure.kafka.ClientEnvelope;
import org.zoneledger.consensus.infrastructure.kafka.RequestRecordCodec;
import org.zoneledger.consensus.infrastructure.kafka.TopicNames;
import org.zoneledger.it.support.TestKafka;
import org.zoneledger.it.support.TestNode;
import org.zoneledger.protocol.auth.SignedPut;
import org.zoneledger.protocol.auth.VerificationMode;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.message.RequestId;

/**
 * A zone of three nodes for the zone ITs: {@code zone init}, its topics on the test broker, one
 * Payara Micro instance per node with its own database and consensus on; requests go straight onto
 * the requests topic; the admin read-outs are polled per node.
 */
public final class ZoneFixture implements AutoCloseable {

  static final int NODES = 3;
  static final int PARTITIONS = 6;
  static final Duration STEP = Duration.ofMinutes(2);
  static final Duration CONVERGENCE = Duration.ofSeconds(30);

  static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");
  static final Pattern DIGEST = Pattern.compile("\"digest\"\\s*:\\s*\"([0-9a-f]+)\"");
  static final Pattern BALANCE = Pattern.compile("\"balance\"\\s*:\\s*\"?([0-9]+)\"?");

  private final HttpClient http = HttpClient.newHttpClient();
  private final List<TestNode> nodes = new ArrayList<>();
  private final List<PayaraInstance> instances = new ArrayList<>();
  private final Path descriptor;
  private final TopicNames topics;
  private final KafkaProducer<byte[], byte[]> producer;

  private ZoneFixture(Path descriptor, TopicNames topics, KafkaProducer<byte[], byte[]> producer) {
    this.descriptor = descriptor;
    this.topics = topics;
    this.producer = producer;
  }

  /** A new zone of {@link #NODES} nodes, every instance started. */
  static ZoneFixture start(TestKafka kafka) throws Exception {
    return start(kafka.bootstrapServers());
  }

  /**
   * A new zone of {@link #NODES} nodes on the broker at {@code bootstrapServers}, every instance
   * started. Tests sharing one zone get it from {@link SharedZoneExtension}.
   */
  static ZoneFixture start(String bootstrapServers) throws Exception {
    String zoneId = "it" + UUID.randomUUID().toString().substring(0, 8);
    Path zoneDir =
        Path.of(System.getProperty("it.work", "target/it-work"), "zone-" + zoneId).toAbsolutePath();
    Files.createDirectories(zoneDir.getParent());
    int init =
        InitCommand.run(
            new String[] {
              "--nodes", String.valueOf(NODES), "--dir", zoneDir.toString(), "--zone-id", zoneId
            },
            new PrintStream(new ByteArrayOutputStream()));
    assertThat(init).isZero();
    TopicNames topics = TopicNames.of("zone." + zoneId);
    KafkaBroker.createTopics(
        bootstrapServers,
        Map.of(
            topics.requests(), PARTITIONS,
            topics.entityLog(), PARTITIONS,
            topics.votes(), PARTITIONS));

    ZoneFixture zone =
        new ZoneFixture(zoneDir.resolve("zone.json"), topics, producer(bootstrapServers));
    try {
      for (int i = 1; i <= NODES; i++) {
        String id = "node" + i;
        // the node's consensus settings as ./zone up gives them; the echo diagnostics of these
        // nodes on a topic of their own, without acknowledgements
        Map<String, String> env =
            ZoneNodeEnvironment.of(zone.descriptor, id).withEcho(zoneId + ".echo", "").env();
        zone.nodes.add(TestNode.create(zoneId + "-" + id, bootstrapServers, env));
      }
      for (TestNode node : zone.nodes) {
        zone.instances.add(node.startInstance(0));
      }
      return zone;
    } catch (Exception | Error e) {
      zone.close();
      throw e;
    }
  }

  /** The zone descriptor {@code zone.json}; the node keys are beside it in {@code keys/}. */
  Path descriptor() {
    return descriptor;
  }

  public List<PayaraInstance> instances() {
    return instances;
  }

  /**
   * Kills node {@code index}'s (0-based) first instance if it still runs and starts it again on the
   * same database; {@link #instances()} then holds the new one.
   */
  PayaraInstance restartInstance(int index) throws Exception {
    PayaraInstance old = instances.get(index);
    if (old.isAlive()) {
      old.kill();
    }
    PayaraInstance fresh = nodes.get(index).startInstance(0);
    instances.set(index, fresh);
    return fresh;
  }

  /**
   * Restarts, on its database, every instance that died or does not answer its health check within
   * {@code timeout}: a zone shared by test classes is handed on healthy after a class killed an
   * instance. Throws if a restarted instance does not become healthy.
   */
  void restartUnhealthyInstances(Duration timeout) throws Exception {
    for (int i = 0; i < instances.size(); i++) {
      PayaraInstance instance = instances.get(i);
      try {
        instance.awaitHealthy(timeout);
      } catch (IllegalStateException dead) {
        System.out.printf("[zone-it] %s: %s; restarting it%n", instance.name(), dead.getMessage());
        restartInstance(i);
      }
    }
  }

  /**
   * A tag no other test uses, for the ids of the identities, asset types and assets a test creates:
   * tests sharing a zone must not meet.
   */
  static String uniqueTag() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  /** Starts a second instance of node {@code index} (same database, same Hazelcast cluster). */
  PayaraInstance startSecondInstance(int index) throws Exception {
    return nodes.get(index).startInstance(1);
  }

  /** Puts the request on the requests topic and waits for the broker's acknowledgement. */
  void submit(SignedPut put) throws Exception {
    send(put).get();
  }

  /** Puts the request on the requests topic without waiting. */
  Future<RecordMetadata> send(SignedPut put) {
    RequestId id = new RequestId(put.request().requestId());
    ClientEnvelope envelope =
        new ClientEnvelope(
            id,
            Bytes.of(put.body()),
            put.headers(),
            VerificationMode.IOV42,
            new NodeId("node1"),
            System.currentTimeMillis());
    return producer.send(
        new ProducerRecord<>(
            topics.requests(), RequestRecordCodec.key(id), RequestRecordCodec.encode(envelope)));
  }

  /** Every node records the request COMMITTED within {@link #STEP}; any other end fails at once. */
  void assertCommittedEverywhere(SignedPut put) throws Exception {
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

  /** The request's status on the instance: null if unknown there, else e.g. PENDING, COMMITTED. */
  String status(PayaraInstance instance, String requestId) throws Exception {
    return match(STATUS, get(instance, "/api/admin/zone/requests/" + requestId));
  }

  /** Each node's state digest, in node order (null where not readable). */
  List<String> digests() throws Exception {
    List<String> digests = new ArrayList<>();
    for (PayaraInstance instance : instances) {
      digests.add(match(DIGEST, get(instance, "/api/admin/zone/digest")));
    }
    return digests;
  }

  /**
   * Waits at most {@link #CONVERGENCE} for the nodes' digests to be equal and returns the last
   * read. A node reports a request decided once it holds the outcome; the DECIDEs of its other
   * entities may still be applying in other partitions.
   */
  List<String> convergedDigests() throws Exception {
    List<String> digests = digests();
    long deadline = System.nanoTime() + CONVERGENCE.toNanos();
    while (new HashSet<>(digests).size() != 1 && System.nanoTime() < deadline) {
      Thread.sleep(250);
      digests = digests();
    }
    return digests;
  }

  /** The account's balance (minor units) on the instance; null if it holds no such account. */
  String balance(PayaraInstance instance, String assetTypeId, String assetId) throws Exception {
    return match(BALANCE, get(instance, "/api/admin/zone/assets/" + assetTypeId + "/" + assetId));
  }

  String get(PayaraInstance instance, String path) throws IOException, InterruptedException {
    URI uri = instance.baseUri().resolve(path);
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    return response.statusCode() == 200 ? response.body() : null;
  }

  static String match(Pattern pattern, String body) {
    if (body == null) {
      return null;
    }
    Matcher m = pattern.matcher(body);
    return m.find() ? m.group(1) : null;
  }

  static long ms(long since) {
    return (System.nanoTime() - since) / 1_000_000;
  }

  private static KafkaProducer<byte[], byte[]> producer(String bootstrap) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
  }

  @Override
  public void close() throws InterruptedException {
    try {
      producer.close();
    } finally {
      for (TestNode node : nodes) {
        node.close();
      }
    }
  }
}
