package org.zoneledger.consensus.application;

import jakarta.annotation.PostConstruct;
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
import org.zoneledger.consensus.domain.drme.ZoneVerifier;
import org.zoneledger.consensus.infrastructure.jpa.JpaNodeStores;
import org.zoneledger.consensus.infrastructure.jpa.LedgerStateCodec;
import org.zoneledger.consensus.infrastructure.kafka.RecordMapper;
import org.zoneledger.consensus.infrastructure.kafka.TopicNames;
import org.zoneledger.consensus.infrastructure.node.NodeConfig;
import org.zoneledger.consensus.infrastructure.node.NodeSetup;

/**
 * The node's consensus configuration, loaded once at deployment when {@value #ENABLED} is true (a
 * wrong descriptor or key then fails the deployment with the reason). Builds a {@link DrmeEngine}
 * per transaction; zone verifiers are not thread-safe, so each thread keeps its own.
 *
 * <p>Requests are read back from this node's own database only: the {@link RequestSource} reports
 * every request unavailable, so a PREPARE that overtakes the node's own sequencing of its request
 * fails its batch and is redelivered until it is sequenced, and requests carrying claim plaintexts
 * cannot be restored (a {@code KafkaConnection.read} for {@code LogRequestSource} is missing).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class NodeContext {

  /** Setting that switches consensus on; the consensus MDBs read {@code ZONELEDGER_CONSENSUS}. */
  public static final String ENABLED = "zoneledger.consensus";

  private static final Logger LOG = Logger.getLogger(NodeContext.class.getName());
  private static final RequestSource LOCAL_ONLY = (id, digest) -> Optional.empty();

  private volatile NodeSetup setup;
  private volatile RecordMapper mapper;
  private final ThreadLocal<ZoneVerifier> verifiers = new ThreadLocal<>();

  @PostConstruct
  void load() {
    if (!Boolean.parseBoolean(Settings.get(ENABLED, "false"))) {
      LOG.info("DRME consensus is off (" + ENABLED + " is not true)");
      return;
    }
    NodeSetup loaded = NodeSetup.load(NodeConfig.fromSettings());
    mapper = new RecordMapper(loaded.topics());
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

  /** The node's stores on the current transaction; offsets stored under {@code consumer}. */
  public NodeStores stores(EntityManager em, String consumer) {
    return new JpaNodeStores(setup().self(), consumer, new LedgerStateCodec(), LOCAL_ONLY).open(em);
  }

  /** An engine over {@code stores}, which must belong to the current transaction. */
  public DrmeEngine engine(NodeStores stores) {
    NodeSetup node = setup();
    ZoneVerifier verifier = verifiers.get();
    if (verifier == null) {
      verifier = node.zoneVerifier();
      verifiers.set(verifier);
    }
    return new DrmeEngine(node.drmeNode(verifier, LOCAL_ONLY), stores);
  }

  /** The consumer name offsets of {@code role} ({@code coordinator}, {@code validator}) use. */
  public String consumer(String role) {
    return setup().self().value() + "." + role;
  }
}
