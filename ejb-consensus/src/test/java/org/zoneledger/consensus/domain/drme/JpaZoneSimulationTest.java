package org.zoneledger.consensus.domain.drme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zoneledger.consensus.infrastructure.jpa.JpaNodeStores;
import org.zoneledger.consensus.infrastructure.jpa.JpaTransaction;
import org.zoneledger.consensus.infrastructure.jpa.StateCodec;
import org.zoneledger.consensus.infrastructure.jpa.TestDatabase;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.Decision;
import org.zoneledger.protocol.message.Entropy;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.message.NodeSignature;
import org.zoneledger.protocol.message.RequestId;
import org.zoneledger.protocol.message.Vote;

/**
 * The DRME engine of a 3-node zone on the JPA stores: each node has its own H2 database, and every
 * handler call runs in one transaction on a fresh entity manager with a fresh engine, as the MDBs
 * will run it. Proves the stores hold everything the engine needs between transactions.
 */
class JpaZoneSimulationTest {
  private static final int PARTITIONS = 4;
  private static final Duration LIMIT = Duration.ofMinutes(5);

  /** {@link BankRules.Account} from its canonical bytes {@code <key>=<balance>}. */
  private static final StateCodec ACCOUNTS =
      (key, bytes) -> {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return new BankRules.Account(
            key, new BigInteger(text.substring(text.lastIndexOf('=') + 1)));
      };

  private final ZoneKeys keys = ZoneKeys.hashed(3);
  private final SimLog<RequestLogRecord> requests = new SimLog<>(PARTITIONS);
  private final SimLog<EntityLogRecord> entityLog = new SimLog<>(PARTITIONS);
  private final SimLog<Vote> votes = new SimLog<>(PARTITIONS);
  private final Map<String, VerifiedRequest> published = new HashMap<>();
  private final Map<NodeId, Node> nodes = new HashMap<>();
  private final Random random = new Random(17);
  private long now = 1_000_000L;

  /** One node: its database, its engine's inputs, what it announced, its consumer positions. */
  private final class Node {
    final TestDatabase database;
    final DrmeNode drme;
    final JpaNodeStores stores;
    final List<Outcome> outcomes = new ArrayList<>();
    final Map<String, Long> positions = new HashMap<>();
    long entropySequence;

    Node(NodeId id) {
      RequestSource source =
          (requestId, digest) -> Optional.ofNullable(published.get(requestId + "|" + digest));
      database = TestDatabase.h2(id.value());
      drme =
          new DrmeNode(
              id,
              keys.members(),
              SimulatedZone.Options.DEFAULTS.parameters(),
              new RoundSchedule(SimulatedZone.DECIDE_TIMEOUT, RoundSchedule.DEFAULT_CAP_FACTOR),
              new BankRules(),
              keys.crypto().get(id),
              keys.verifiers().apply(id),
              source,
              DrmeNode.SigningMode.BATCH);
      stores = new JpaNodeStores(id, id.value() + ".drme", ACCOUNTS, source);
    }

    /** One transaction: a fresh entity manager, fresh stores and a fresh engine. */
    <T> T transact(Function<DrmeEngine, T> call) {
      JpaTransaction tx = new JpaTransaction(database.emf());
      T result = call.apply(new DrmeEngine(drme, stores.open(tx.em())));
      tx.commit();
      return result;
    }
  }

  JpaZoneSimulationTest() {
    keys.members().forEach(id -> nodes.put(id, new Node(id)));
  }

  @AfterEach
  void closeDatabases() {
    nodes.values().forEach(node -> node.database.close());
  }

  @Test
  void aSingleRequestCommitsOnEveryNodeThroughTheJpaStores() {
    publishEntropy();
    submit(TestClients.mint("mint-1", "acc-a", 100));
    runUntilQuiet();

    for (NodeId id : keys.members()) {
      assertThat(decided(id, "mint-1").decision()).isEqualTo(Decision.COMMIT);
      assertThat(balance(id, "acc-a")).contains(BigInteger.valueOf(100));
      assertThat(undecided(id)).isEmpty();
    }
    assertThat(digests().values()).hasSize(3).containsOnly(digests().get(keys.members().get(0)));
  }

  @Test
  void ofTwentyConcurrentTransfersEachSpendingTheWholeBalanceExactlyOneCommits() {
    publishEntropy();
    submit(TestClients.mint("mint-a", "acc-a", 500));
    submit(TestClients.mint("mint-b", "acc-b", 1));
    runUntilQuiet();
    for (int i = 0; i < 20; i++) {
      submit(TestClients.transfer("spend-" + i, "acc-a", "acc-b", 500));
    }
    runUntilQuiet();

    for (NodeId id : keys.members()) {
      List<Outcome.Decided> spends = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        spends.add(decided(id, "spend-" + i));
      }
      assertThat(spends).filteredOn(o -> o.decision() == Decision.COMMIT).hasSize(1);
      assertThat(spends)
          .filteredOn(o -> o.decision() == Decision.ROLLBACK)
          .hasSize(19)
          .allSatisfy(o -> assertThat(o.reasons()).extracting("errorType").contains("Balance"));
      assertThat(balance(id, "acc-a")).contains(BigInteger.ZERO);
      assertThat(balance(id, "acc-b")).contains(BigInteger.valueOf(501));
      assertThat(allSlots(id))
          .isNotEmpty()
          .allSatisfy(slot -> assertThat(slot.lock()).isEmpty())
          .allSatisfy(slot -> assertThat(slot.queue()).isEmpty());
    }
    assertThat(digests().values()).containsOnly(digests().get(keys.members().get(0)));
  }

  // --- the zone

  private void submit(VerifiedRequest request) {
    RequestLogRecord.ClientRequest record = new RequestLogRecord.ClientRequest(request);
    published.putIfAbsent(record.id() + "|" + record.bodyDigest(), request);
    requests.append(record.id().value(), record, now);
  }

  private void publishEntropy() {
    for (NodeId id : keys.members()) {
      Node node = nodes.get(id);
      for (int p = 0; p < PARTITIONS; p++) {
        byte[] random32 = new byte[Entropy.RANDOM_LENGTH];
        random.nextBytes(random32);
        Entropy unsigned =
            new Entropy(
                id, p, node.entropySequence++, Bytes.of(random32), NodeSignature.unsigned());
        requests.appendTo(
            p,
            new RequestLogRecord.DrmeEntropy(
                unsigned.withSignature(keys.crypto().get(id).sign(unsigned.signingBytes()))),
            now);
      }
    }
  }

  private void runUntilQuiet() {
    long end = now + LIMIT.toMillis();
    while (true) {
      while (step()) {
        // deliver everything pending
      }
      OptionalLong next =
          nodes.values().stream()
              .map(n -> n.transact(DrmeEngine::nextDeadline))
              .filter(OptionalLong::isPresent)
              .mapToLong(OptionalLong::getAsLong)
              .min();
      if (next.isEmpty() || next.getAsLong() > end) {
        return;
      }
      now = Math.max(now, next.getAsLong());
      for (NodeId id : keys.members()) {
        Node node = nodes.get(id);
        apply(node, node.transact(e -> e.onTick(now)));
      }
    }
  }

  /** Delivers one batch of 1–8 records from a random (node, topic, partition) with records left. */
  private boolean step() {
    List<Object[]> pending = new ArrayList<>();
    for (NodeId id : keys.members()) {
      for (Topic topic : Topic.values()) {
        for (int p = 0; p < PARTITIONS; p++) {
          if (position(nodes.get(id), topic, p) < end(topic, p)) {
            pending.add(new Object[] {nodes.get(id), topic, p});
          }
        }
      }
    }
    if (pending.isEmpty()) {
      return false;
    }
    Object[] pick = pending.get(random.nextInt(pending.size()));
    Node node = (Node) pick[0];
    Topic topic = (Topic) pick[1];
    int partition = (Integer) pick[2];
    long from = position(node, topic, partition);
    int max = 1 + random.nextInt(8);
    int count;
    Effects effects;
    switch (topic) {
      case REQUESTS -> {
        var batch = requests.read(partition, from, max);
        count = batch.size();
        effects = node.transact(e -> e.onRequests(batch));
      }
      case ENTITY_LOG -> {
        var batch = entityLog.read(partition, from, max);
        count = batch.size();
        effects = node.transact(e -> e.onEntityLog(batch));
      }
      default -> {
        var batch = votes.read(partition, from, max);
        count = batch.size();
        effects = node.transact(e -> e.onVotes(batch));
      }
    }
    node.positions.put(topic + "/" + partition, from + count);
    apply(node, effects);
    return true;
  }

  private void apply(Node node, Effects effects) {
    effects.entityLog().forEach(r -> entityLog.append(r.entity().value(), r, now));
    effects.votes().forEach(v -> votes.append(v.requestId().value(), v, now));
    node.outcomes.addAll(effects.outcomes());
  }

  private static long position(Node node, Topic topic, int partition) {
    return node.positions.getOrDefault(topic + "/" + partition, 0L);
  }

  private long end(Topic topic, int partition) {
    return switch (topic) {
      case REQUESTS -> requests.end(partition);
      case ENTITY_LOG -> entityLog.end(partition);
      case VOTES -> votes.end(partition);
    };
  }

  // --- reading a node

  private Outcome.Decided decided(NodeId id, String requestId) {
    return nodes.get(id).outcomes.stream()
        .filter(o -> o instanceof Outcome.Decided && o.requestId().equals(new RequestId(requestId)))
        .map(o -> (Outcome.Decided) o)
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " did not decide " + requestId));
  }

  private Optional<BigInteger> balance(NodeId id, String account) {
    return nodes
        .get(id)
        .database
        .inTransaction(
            em ->
                new JpaNodeStores(id, "reader", ACCOUNTS, (r, d) -> Optional.empty())
                    .open(em)
                    .entities()
                    .slot(BankRules.account(account))
                    .state()
                    .map(state -> ((BankRules.Account) state).balance()));
  }

  private List<RequestEntry> undecided(NodeId id) {
    return nodes
        .get(id)
        .database
        .inTransaction(em -> nodes.get(id).stores.open(em).requests().undecided());
  }

  private List<EntitySlot> allSlots(NodeId id) {
    return nodes
        .get(id)
        .database
        .inTransaction(em -> nodes.get(id).stores.open(em).entities().all());
  }

  private Map<NodeId, Bytes> digests() {
    Map<NodeId, Bytes> digests = new HashMap<>();
    nodes.forEach((id, node) -> digests.put(id, node.transact(DrmeEngine::stateDigest)));
    return digests;
  }
}
