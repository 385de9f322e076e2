package org.zoneledger.consensus.application;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.resource.ResourceException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.zoneledger.consensus.domain.drme.Delivery;
import org.zoneledger.consensus.domain.drme.DrmeEngine;
import org.zoneledger.consensus.domain.drme.Effects;
import org.zoneledger.consensus.domain.drme.EntityLogRecord;
import org.zoneledger.consensus.domain.drme.NodeStores;
import org.zoneledger.consensus.domain.drme.Outcome;
import org.zoneledger.consensus.domain.drme.Topic;
import org.zoneledger.consensus.infrastructure.cluster.NodeCluster;
import org.zoneledger.consensus.infrastructure.kafka.DecodedBatch;
import org.zoneledger.consensus.infrastructure.kafka.Refusal;
import org.zoneledger.consensus.schema.SchemaStartup;
import org.zoneledger.kafka.api.KafkaBatch;
import org.zoneledger.kafka.api.KafkaConnection;
import org.zoneledger.kafka.api.KafkaConnectionFactory;
import org.zoneledger.kafka.api.OutgoingRecord;
import org.zoneledger.kafka.api.PartitionRef;

/**
 * The batches of one consumer's poll (several partitions and topics) in the delivery's JTA
 * transaction: decode each, hand it to the engine, store the consumed offsets, and publish the
 * engine's messages together. Messages are sent (and acknowledged) before the transaction commits;
 * a crash in between redelivers the batch, and the engine re-sends identical messages (stored
 * votes, deterministic PREPAREs), which every receiver treats as duplicates. Once the transaction
 * has committed, the requests it decided, applied or answered are announced to every instance of
 * the node ({@link NodeCluster#announceApplied}).
 */
@Stateless
public class DrmeService {

  static final String COORDINATOR = "coordinator";
  static final String VALIDATOR = "validator";

  private static final Logger LOG = Logger.getLogger(DrmeService.class.getName());

  @PersistenceContext(unitName = "zoneledger")
  private EntityManager em;

  @Resource(lookup = "java:app/kafka/factory")
  private KafkaConnectionFactory kafka;

  @EJB private SchemaStartup schema;
  @EJB private NodeContext node;
  @EJB private NodeCluster cluster;

  @Resource private TransactionSynchronizationRegistry transactions;

  /**
   * The stored position of every assigned partition of {@code role}'s topics, as the engine's
   * offset store keeps them (consumer name and topic role); 0 where none is stored.
   */
  public Map<PartitionRef, Long> positions(String role, Set<PartitionRef> assigned) {
    schema.awaitMigrated();
    NodeStores stores = node.stores(em, node.consumer(role));
    Map<PartitionRef, Long> positions = new HashMap<>();
    for (PartitionRef ref : assigned) {
      Topic topic =
          node.topics()
              .topicOf(ref.topic())
              .orElseThrow(() -> new IllegalArgumentException(ref.topic() + " is no zone topic"));
      positions.put(ref, stores.offsets().next(topic, ref.partition()));
    }
    return positions;
  }

  /**
   * Everything one poll of a consensus consumer made due, of all its partitions and topics, in the
   * delivery's one transaction: the batches of {@code requests} first, then {@code entity-log},
   * then {@code votes} (a PREPARE or a vote may need a request sequenced in the same poll), their
   * messages sent together before it commits. Returns, per batch in the order given, how many of
   * its records were consumed, as {@code KafkaPollListener} asks.
   */
  public int[] onBatches(List<KafkaBatch> batches) {
    schema.awaitMigrated();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < batches.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing(i -> topicOf(batches.get(i).topic())));
    int[] consumed = new int[batches.size()];
    Handled all = new Handled();
    for (int i : order) {
      consumed[i] = handle(batches.get(i), all);
    }
    em.flush();
    publish(all);
    announceAfterCommit(all.touched);
    return consumed;
  }

  /** Phase 9: moves overdue requests to their next round and publishes what that asks. */
  public void tick(long now) {
    schema.awaitMigrated();
    DrmeEngine engine = node.engine(node.stores(em, node.consumer("timer")));
    Effects effects = engine.onTick(now);
    Handled handled = new Handled();
    handled.records.addAll(node.mapper().outgoing(effects));
    handled.outcomes.addAll(effects.outcomes());
    publish(handled);
  }

  /** The records are sent now, outside any transaction (entropy). */
  public void send(List<OutgoingRecord> records) {
    try (KafkaConnection connection = kafka.getConnection()) {
      connection.sendAll(records);
    } catch (ResourceException e) {
      throw new IllegalStateException("cannot open a Kafka connection", e);
    }
  }

  /** How many partitions {@code topic} has. */
  public int partitionCount(String topic) {
    try (KafkaConnection connection = kafka.getConnection()) {
      return connection.partitionCount(topic);
    } catch (ResourceException e) {
      throw new IllegalStateException("cannot open a Kafka connection", e);
    }
  }

  private int handle(KafkaBatch batch, Handled into) {
    Topic topic = topicOf(batch.topic());
    return switch (topic) {
      case REQUESTS ->
          handle(batch, COORDINATOR, topic, node.mapper()::requests, DrmeEngine::onRequests, into);
      case VOTES ->
          handle(batch, COORDINATOR, topic, node.mapper()::votes, DrmeEngine::onVotes, into);
      case ENTITY_LOG ->
          handle(batch, VALIDATOR, topic, node.mapper()::entityLog, DrmeEngine::onEntityLog, into);
    };
  }

  private Topic topicOf(String name) {
    return node.topics()
        .topicOf(name)
        .orElseThrow(() -> new IllegalArgumentException(name + " is no zone topic"));
  }

  private <T> int handle(
      KafkaBatch batch,
      String role,
      Topic topic,
      Function<KafkaBatch, DecodedBatch<T>> decode,
      EngineCall<T> call,
      Handled into) {
    NodeStores stores = node.stores(em, node.consumer(role));
    DecodedBatch<T> decoded = decode.apply(batch);
    Effects effects = call.apply(node.engine(stores), decoded.deliveries());
    for (Refusal refusal : decoded.refusals()) {
      LOG.warning(() -> "refused " + refusal.position() + ": " + refusal.reason());
    }
    long consumedTo = effects.deferredFrom().orElse(decoded.nextOffset());
    if (!decoded.refusals().isEmpty()
        && stores.offsets().next(topic, decoded.partition()) < consumedTo) {
      stores.offsets().advance(topic, decoded.partition(), consumedTo);
    }
    into.records.addAll(node.mapper().outgoing(effects));
    into.outcomes.addAll(effects.outcomes());
    into.rejections.addAll(decoded.rejections());
    into.touched.addAll(touched(effects, decoded.deliveries(), consumedTo));
    return (int) batch.records().stream().filter(r -> r.offset() < consumedTo).count();
  }

  /** The requests the batch may have finished at this node: outcomes and applied DECIDEs. */
  private static <T> Set<String> touched(
      Effects effects, List<Delivery<T>> deliveries, long consumedTo) {
    Set<String> ids = new LinkedHashSet<>();
    effects.outcomes().forEach(outcome -> ids.add(outcome.requestId().value()));
    for (Delivery<T> delivery : deliveries) {
      if (delivery.position().offset() < consumedTo
          && delivery.record() instanceof EntityLogRecord.OfDecide decide) {
        ids.add(decide.decide().proof().requestId().value());
      }
    }
    return ids;
  }

  private void announceAfterCommit(Set<String> ids) {
    if (ids.isEmpty()) {
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              cluster.announceApplied(ids);
            }
          }
        });
  }

  private void publish(Handled handled) {
    if (!handled.records.isEmpty()) {
      send(handled.records);
    }
    for (Outcome outcome : handled.outcomes) {
      LOG.fine(() -> "outcome " + outcome);
    }
    for (Outcome.Rejected rejected : handled.rejections) {
      LOG.log(Level.INFO, "rejected {0}", rejected);
    }
  }

  /** What the batches of one delivery produced, published together once all are handled. */
  private static final class Handled {
    final List<OutgoingRecord> records = new ArrayList<>();
    final List<Outcome> outcomes = new ArrayList<>();
    final List<Outcome.Rejected> rejections = new ArrayList<>();
    final Set<String> touched = new LinkedHashSet<>();
  }

  @FunctionalInterface
  private interface EngineCall<T> {
    Effects apply(DrmeEngine engine, List<Delivery<T>> batch);
  }
}
