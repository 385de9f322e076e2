package org.zoneledger.consensus.domain.drme;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.Entropy;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.message.NodeSignature;
import org.zoneledger.protocol.message.RequestId;
import org.zoneledger.protocol.message.Vote;
import org.zoneledger.protocol.zone.ProtocolParameters;

/**
 * A zone of N simulated nodes over in-memory partitioned topics, driven by a seeded scheduler: each
 * step delivers a batch of random size from one random (live node, topic, partition) with records
 * pending, and appends the effects at the zone clock. The clock only moves when nothing is pending,
 * to the next round deadline. Nodes can be stopped (also right after they sent the PREPAREs of a
 * request) and restarted; consumers may be rewound to exercise redelivery.
 */
final class SimulatedZone {
  static final Duration DECIDE_TIMEOUT = Duration.ofSeconds(2);

  final ZoneKeys keys;
  final SimLog<RequestLogRecord> requests;
  final SimLog<EntityLogRecord> entityLog;
  final SimLog<Vote> votes;
  private final Map<NodeId, SimNode> nodes = new HashMap<>();
  private final Map<NodeId, BankRules> rules = new HashMap<>();
  private final Map<String, VerifiedRequest> published = new HashMap<>();
  private final Random random;
  private final int maxBatch;
  private final double redeliveryRate;
  private long now = 1_000_000L;
  private Optional<RequestId> stopAfterPreparesOf = Optional.empty();
  long deliveries;

  SimulatedZone(ZoneKeys keys, int partitions, long seed, Options options) {
    this.keys = keys;
    this.requests = new SimLog<>(partitions);
    this.entityLog = new SimLog<>(partitions);
    this.votes = new SimLog<>(partitions);
    this.random = new Random(seed);
    this.maxBatch = options.maxBatch();
    this.redeliveryRate = options.redeliveryRate();
    RoundSchedule schedule = new RoundSchedule(DECIDE_TIMEOUT, RoundSchedule.DEFAULT_CAP_FACTOR);
    for (NodeId id : keys.members()) {
      rules.put(id, new BankRules());
      DrmeNode node =
          new DrmeNode(
              id,
              keys.members(),
              options.parameters(),
              schedule,
              rules.get(id),
              keys.crypto().get(id),
              keys.verifiers().apply(id),
              (requestId, digest) -> Optional.ofNullable(published.get(requestId + "|" + digest)),
              options.signing());
      NodeStores stores = InMemoryStores.create();
      nodes.put(id, new SimNode(id, stores, new DrmeEngine(node, stores)));
    }
  }

  /** Test options; {@link #DEFAULTS} batch up to 8 records, with no redelivery. */
  record Options(
      ProtocolParameters parameters,
      DrmeNode.SigningMode signing,
      int maxBatch,
      double redeliveryRate) {
    static final Options DEFAULTS =
        new Options(
            new ProtocolParameters(
                DECIDE_TIMEOUT, Duration.ofSeconds(1), 1000, Duration.ofMinutes(1)),
            DrmeNode.SigningMode.BATCH,
            8,
            0);

    Options withRedelivery(double rate) {
      return new Options(parameters, signing, maxBatch, rate);
    }

    Options withParameters(ProtocolParameters newParameters) {
      return new Options(newParameters, signing, maxBatch, redeliveryRate);
    }
  }

  static SimulatedZone p256(int size, long seed) {
    return new SimulatedZone(ZoneKeys.p256(size), 4, seed, Options.DEFAULTS);
  }

  static SimulatedZone hashed(int size, long seed, Options options) {
    return new SimulatedZone(ZoneKeys.hashed(size), 4, seed, options);
  }

  List<NodeId> members() {
    return keys.members();
  }

  SimNode node(NodeId id) {
    return nodes.get(id);
  }

  /** The ledger rules of {@code id}, e.g. to make it lag on an identity. */
  BankRules rules(NodeId id) {
    return rules.get(id);
  }

  long now() {
    return now;
  }

  /** The DECIDE outcome {@code node} announced for {@code id}, if any. */
  Optional<Outcome.Decided> decided(NodeId node, RequestId id) {
    return nodes.get(node).outcomes.stream()
        .filter(o -> o instanceof Outcome.Decided && o.requestId().equals(id))
        .map(o -> (Outcome.Decided) o)
        .findFirst();
  }

  /** The committed balance of {@code account} at {@code node}; empty when it does not exist. */
  Optional<BigInteger> balance(NodeId node, String account) {
    return nodes
        .get(node)
        .stores
        .entities()
        .slot(BankRules.account(account))
        .state()
        .map(state -> ((BankRules.Account) state).balance());
  }

  Map<NodeId, Bytes> digests() {
    Map<NodeId, Bytes> digests = new HashMap<>();
    nodes.forEach((id, node) -> digests.put(id, node.engine.stateDigest()));
    return digests;
  }

  void submit(VerifiedRequest request) {
    RequestLogRecord.ClientRequest record = new RequestLogRecord.ClientRequest(request);
    published.putIfAbsent(record.id() + "|" + record.bodyDigest(), request);
    requests.append(record.id().value(), record, now);
  }

  /** Every live node appends one signed entropy message to every requests partition. */
  void publishEntropy() {
    for (NodeId id : members()) {
      SimNode node = nodes.get(id);
      for (int p = 0; node.isUp() && p < requests.partitionCount(); p++) {
        byte[] random32 = new byte[Entropy.RANDOM_LENGTH];
        random.nextBytes(random32);
        Entropy unsigned =
            new Entropy(
                id, p, node.entropySequence++, Bytes.of(random32), NodeSignature.unsigned());
        Entropy signed =
            unsigned.withSignature(keys.crypto().get(id).sign(unsigned.signingBytes()));
        requests.appendTo(p, new RequestLogRecord.DrmeEntropy(signed), now);
      }
    }
  }

  void stop(NodeId id) {
    nodes.get(id).stop();
  }

  void restart(NodeId id) {
    nodes.get(id).restart(random.nextInt(10), requests.partitionCount());
  }

  /** The node that sends the PREPAREs of {@code id} stops right after appending them. */
  void stopCoordinatorAfterPrepares(RequestId id) {
    stopAfterPreparesOf = Optional.of(id);
  }

  /**
   * Delivers until nothing is pending, moving the clock to round deadlines, up to {@code limit}.
   */
  void runUntilQuiet(Duration limit) {
    long end = now + limit.toMillis();
    while (true) {
      while (step()) {
        // deliver everything pending
      }
      OptionalLong next =
          nodes.values().stream()
              .filter(SimNode::isUp)
              .map(n -> n.engine.nextDeadline())
              .filter(OptionalLong::isPresent)
              .mapToLong(OptionalLong::getAsLong)
              .min();
      if (next.isEmpty() || next.getAsLong() > end) {
        return;
      }
      now = Math.max(now, next.getAsLong());
      for (NodeId id : members()) {
        SimNode node = nodes.get(id);
        if (node.isUp()) {
          apply(node, node.engine.onTick(now));
        }
      }
    }
  }

  /** Delivers at most {@code steps} batches without moving the clock. */
  void run(int steps) {
    for (int i = 0; i < steps && step(); i++) {
      // deliver
    }
  }

  private boolean step() {
    List<int[]> pending = new ArrayList<>();
    for (int n = 0; n < members().size(); n++) {
      SimNode node = nodes.get(members().get(n));
      for (int t = 0; node.isUp() && t < Topic.values().length; t++) {
        for (int p = 0; p < requests.partitionCount(); p++) {
          if (node.position(Topic.values()[t], p) < end(Topic.values()[t], p)) {
            pending.add(new int[] {n, t, p});
          }
        }
      }
    }
    if (pending.isEmpty()) {
      return false;
    }
    int[] pick = pending.get(random.nextInt(pending.size()));
    SimNode node = nodes.get(members().get(pick[0]));
    deliver(node, Topic.values()[pick[1]], pick[2], 1 + random.nextInt(maxBatch));
    if (random.nextDouble() < redeliveryRate) {
      Topic topic = Topic.values()[random.nextInt(3)];
      int p = random.nextInt(requests.partitionCount());
      node.moveTo(topic, p, Math.max(0, node.position(topic, p) - 1 - random.nextInt(5)));
    }
    return true;
  }

  private long end(Topic topic, int partition) {
    return switch (topic) {
      case REQUESTS -> requests.end(partition);
      case ENTITY_LOG -> entityLog.end(partition);
      case VOTES -> votes.end(partition);
    };
  }

  private void deliver(SimNode node, Topic topic, int partition, int max) {
    long from = node.position(topic, partition);
    Effects effects;
    int count;
    switch (topic) {
      case REQUESTS -> {
        var batch = requests.read(partition, from, max);
        count = batch.size();
        effects = node.engine.onRequests(batch);
      }
      case ENTITY_LOG -> {
        var batch = entityLog.read(partition, from, max);
        count = batch.size();
        effects = node.engine.onEntityLog(batch);
      }
      default -> {
        var batch = votes.read(partition, from, max);
        count = batch.size();
        effects = node.engine.onVotes(batch);
      }
    }
    deliveries += count;
    node.moveTo(topic, partition, from + count);
    apply(node, effects);
  }

  private void apply(SimNode node, Effects effects) {
    effects.entityLog().forEach(r -> entityLog.append(r.entity().value(), r, now));
    effects.votes().forEach(v -> votes.append(v.requestId().value(), v, now));
    node.outcomes.addAll(effects.outcomes());
    boolean prepared =
        effects.entityLog().stream()
            .anyMatch(
                r ->
                    r instanceof EntityLogRecord.OfPrepare p
                        && stopAfterPreparesOf.filter(p.prepare().requestId()::equals).isPresent());
    if (prepared) {
      node.stop();
      stopAfterPreparesOf = Optional.empty();
    }
  }
}
