package org.zoneledger.consensus.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zoneledger.consensus.domain.drme.NodeStores;
import org.zoneledger.consensus.domain.drme.RequestEntry;
import org.zoneledger.consensus.domain.drme.RequestOutcome;
import org.zoneledger.consensus.domain.drme.StateDigest;
import org.zoneledger.consensus.domain.ledger.AssetState;
import org.zoneledger.consensus.domain.ledger.LedgerKey;
import org.zoneledger.consensus.schema.SchemaStartup;
import org.zoneledger.persistence.consensus.DrmeRequestOutcome;
import org.zoneledger.protocol.message.Proof;
import org.zoneledger.protocol.message.RequestId;

/** What the admin API reads of the node's consensus state. */
@Stateless
public class ZoneQueries {

  @PersistenceContext(unitName = "zoneledger")
  private EntityManager em;

  @EJB private SchemaStartup schema;
  @EJB private NodeContext node;

  /** A request as this node knows it: its outcome, round and coordinator, if sequenced. */
  public record RequestView(
      String requestId, String status, Integer round, String coordinator, String proofHash) {}

  /** An asset's committed state at this node: owner and, for an account, balance in minor units. */
  public record AssetView(String assetTypeId, String assetId, String ownerId, String balance) {}

  /** Where a request was sequenced, whom its latest round elected, and how it ended here. */
  public record ElectionView(
      String requestId, int partition, long offset, int round, String coordinator, String status) {}

  public boolean enabled() {
    return node.enabled();
  }

  public Optional<RequestView> request(String id) {
    schema.awaitMigrated();
    NodeStores stores = node.stores(em, node.consumer("reader"));
    RequestId requestId = new RequestId(id);
    Optional<RequestEntry> entry = stores.requests().find(requestId);
    Optional<RequestOutcome> outcome = stores.requests().outcome(requestId);
    if (entry.isEmpty() && outcome.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new RequestView(
            id,
            outcome.map(o -> o.status().name()).orElse("PENDING"),
            outcome
                .map(RequestOutcome::round)
                .or(() -> entry.map(RequestEntry::round))
                .orElse(null),
            entry.map(e -> e.coordinator().value()).orElse(null),
            outcome.flatMap(RequestOutcome::proofHash).map(h -> h.toHex()).orElse(null)));
  }

  /** The digest of every committed entity state (equal on every node that applied the same). */
  public String digest() {
    schema.awaitMigrated();
    return StateDigest.of(node.stores(em, node.consumer("reader")).entities()).toHex();
  }

  /** The committed state of an asset or account, if this node has applied its creation. */
  public Optional<AssetView> asset(String assetTypeId, String assetId) {
    schema.awaitMigrated();
    NodeStores stores = node.stores(em, node.consumer("reader"));
    return stores
        .entities()
        .slot(new LedgerKey.AssetKey(assetTypeId, assetId).entityKey())
        .state()
        .filter(AssetState.class::isInstance)
        .map(AssetState.class::cast)
        .map(
            a ->
                new AssetView(
                    a.assetTypeId(),
                    a.assetId(),
                    a.ownerId(),
                    a.balance().map(Object::toString).orElse(null)));
  }

  /** The native encoding of the proof that decided the request at this node, if decided here. */
  public Optional<byte[]> proof(String requestId) {
    schema.awaitMigrated();
    NodeStores stores = node.stores(em, node.consumer("reader"));
    return stores
        .requests()
        .outcome(new RequestId(requestId))
        .flatMap(RequestOutcome::proofHash)
        .flatMap(hash -> stores.proofs().find(hash))
        .map(Proof::encode);
  }

  /** The latest {@code limit} requests this node sequenced, newest first, with their elections. */
  public List<ElectionView> elections(int limit) {
    schema.awaitMigrated();
    List<Object[]> rows =
        em.createQuery(
                "select r.requestId, r.partition, r.offset, r.round, r.coordinator"
                    + " from DrmeRequest r order by r.logTime desc, r.offset desc",
                Object[].class)
            .setMaxResults(Math.max(1, Math.min(limit, 1000)))
            .getResultList();
    List<ElectionView> views = new ArrayList<>();
    for (Object[] row : rows) {
      String id = (String) row[0];
      DrmeRequestOutcome outcome = em.find(DrmeRequestOutcome.class, id);
      views.add(
          new ElectionView(
              id,
              ((Number) row[1]).intValue(),
              ((Number) row[2]).longValue(),
              ((Number) row[3]).intValue(),
              (String) row[4],
              outcome == null ? "PENDING" : outcome.status()));
    }
    return views;
  }
}
