package org.zoneledger.consensus.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.logging.Logger;
import org.zoneledger.consensus.config.Settings;
import org.zoneledger.consensus.domain.drme.DrmeEngine;
import org.zoneledger.consensus.domain.drme.NodeStores;
import org.zoneledger.consensus.domain.drme.RequestSource;
import org.zoneledger.consensus.domain.drme.Sightings;
import org.zoneledger.consensus.domain.drme.ZoneVerifier;
import org.zoneledger.consensus.infrastructure.jpa.JpaNodeStores;
import org.zoneledger.consensus.infrastructure.jpa.JpaRequestPositions;
import org.zoneledger.consensus.infrastructure.jpa.LedgerStateCodec;
import org.zoneledger.consensus.infrastructure.kafka.ConnectionRecordFetcher;
import org.zoneledger.consensus.infrastructure.kafka.LogRequestSource;
import org.zoneledger.consensus.infrastructure.kafka.RecordMapper;
import org.zoneledger.consensus.infrastructure.kafka.TopicNames;
import org.zoneledger.consensus.infrastructure.node.NodeConfig;
import org.zoneledger.consensus.infrastructure.node.NodeSetup;
import org.zoneledger.kafka.api.KafkaConnectionFactory;

/**
 * The node's consensus configuration, loaded once at deployment when {@value #ENABLED} is true (a
 * wrong descriptor or key then fails the deployment with the reason). Builds a {@link DrmeEngine}
 * per transaction, all over one {@link ZoneVerifier} for the node: it is thread-safe, so a vote or
 * seal the coordinator's thread verified is not verified again by a validator's thread.
 *
 * <p>The database holds a request without its claim plaintexts, so the stores of a transaction read
 * a claims or endorsement request that carried some back from the {@code requests} log ({@link
 * LogRequestSource}): at the position of the request's {@code DRME_REQUEST} row, read on that
 * transaction's entity manager ({@link JpaRequestPositions}), through the application's Kafka
 * connection factory ({@link ConnectionRecordFetcher}, {@code KafkaConnection.read}). Nothing is
 * cached: one read per such request and transaction. A read that fails or finds nothing fails the
 * transaction, and its batch is delivered again.
 *
 * <p>The engine's own {@link RequestSource} still finds nothing. The engine asks it only when the
 * stores have no request of that id and body digest, i.e. no {@code DRME_REQUEST} row, and then a
 * {@link LogRequestSource} has no position to read either. So a PREPARE that overtakes the node's
 * own sequencing of its request stops its batch there, and the rest is delivered again until the
 * node has sequenced the request; finding the first copy on the log without that row would need a
 * scan of the partition.
 *
 * <p>The round timer's {@link Sightings} live here, for the life of the instance: the timer runs on
 * the node cluster's leader, and deadlines count from when it first saw a request.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class NodeContext {

  /** Setting that switches consensus on; the consensus MDBs read {@code ZONELEDGER_CONSENSUS}. */
  public static final String ENABLED = "zoneledger.consensus";

  private static final Logger LOG = Logger.getLogger(NodeContext.class.getName());
  private static final RequestSource NOT_SEQUENCED_HERE = (id, digest) -> Optional.empty();

  @Resource(lookup = "java:app/kafka/factory")
  private KafkaConnectionFactory kafka;

  private volatile NodeSetup setup;
  private volatile RecordMapper mapper;
  private volatile ZoneVerifier verifier;
  private final Sightings sightings = Sightings.kept();

  @PostConstruct
  void load() {
    if (!Boolean.parseBoolean(Settings.get(ENABLED, "false"))) {
      LOG.info("DRME consensus is off (" + ENABLED + " is not true)");
      return;
    }
    NodeSetup loaded = NodeSetup.load(NodeConfig.fromSettings());
    mapper = new RecordMapper(loaded.topics());
    verifier = loaded.zoneVerifier();
    setup = loaded;
    LOG.info(
        () ->
            "DRME consensus on: node "
                + loaded.self()
                + " of zone "
                + loaded.zone().zoneId()
                + ", topics "
                + loaded.topics());
  }

  public boolean enabled() {
    return setup != null;
  }

  public NodeSetup setup() {
    if (setup == null) {
      throw new IllegalStateException("DRME consensus is off on this node");
    }
    return setup;
  }

  public TopicNames topics() {
    return setup().topics();
  }

  public RecordMapper mapper() {
    setup();
    return mapper;
  }

  /**
   * The node's stores on the current transaction ({@code em}); offsets stored under {@code
   * consumer}. Requests with claim plaintexts are read back from the log, see the class comment.
   */
  public NodeStores stores(EntityManager em, String consumer) {
    NodeSetup node = setup();
    RequestSource log =
        new LogRequestSource(
            new JpaRequestPositions(em), new ConnectionRecordFetcher(kafka), node.topics());
    return new JpaNodeStores(node.self(), consumer, new LedgerStateCodec(), log).open(em);
  }

  /** An engine over {@code stores}, which must belong to the current transaction. */
  public DrmeEngine engine(NodeStores stores) {
    NodeSetup node = setup();
    return new DrmeEngine(node.drmeNode(verifier, NOT_SEQUENCED_HERE), stores, sightings);
  }

  /** The consumer name offsets of {@code role} ({@code coordinator}, {@code validator}) use. */
  public String consumer(String role) {
    return setup().self().value() + "." + role;
  }
}
