package org.zoneledger.consensus.application.query;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zoneledger.consensus.application.NodeContext;
import org.zoneledger.consensus.application.query.LedgerViews.AssetRef;
import org.zoneledger.consensus.domain.EntityState;
import org.zoneledger.consensus.domain.drme.NodeStores;
import org.zoneledger.consensus.domain.drme.RequestEntry;
import org.zoneledger.consensus.domain.drme.RequestOutcome;
import org.zoneledger.consensus.domain.ledger.AssetState;
import org.zoneledger.consensus.domain.ledger.AssetTypeState;
import org.zoneledger.consensus.domain.ledger.ClaimState;
import org.zoneledger.consensus.domain.ledger.IdentityState;
import org.zoneledger.consensus.domain.ledger.LedgerIdentityDirectory;
import org.zoneledger.consensus.domain.ledger.LedgerKey;
import org.zoneledger.consensus.domain.ledger.PermissionAction;
import org.zoneledger.consensus.domain.ledger.RoleMap;
import org.zoneledger.consensus.schema.SchemaStartup;
import org.zoneledger.persistence.consensus.EntityChange;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.Proof;
import org.zoneledger.protocol.message.RequestId;
import org.zoneledger.protocol.proof.ClientKeys;
import org.zoneledger.protocol.proof.iov42.Iov42ProofRenderer;
import org.zoneledger.protocol.proof.iov42.Iov42ProofView;
import org.zoneledger.protocol.request.AddDelegate;
import org.zoneledger.protocol.request.CreateEndorsements;
import org.zoneledger.protocol.request.EntityRef;
import org.zoneledger.protocol.request.LedgerRequest;
import org.zoneledger.protocol.request.PublicCredentials;
import org.zoneledger.protocol.request.RequestType;
import org.zoneledger.protocol.request.Transfer;
import org.zoneledger.protocol.request.Transfers;

/**
 * The query endpoints' answers (spec §6.3) from this node's committed state and its history of
 * changes: what the node has applied, so a client that got a 200 from this node reads its write.
 * Reads are allowed to everyone unless the subject's {@code read} (identities, asset types) or its
 * type's {@code instances.read} (assets) permission says otherwise (§9.9).
 */
@Stateless
public class LedgerQueries {
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  @PersistenceContext(unitName = "zoneledger")
  private EntityManager em;

  @EJB private SchemaStartup schema;
  @EJB private NodeContext node;

  public LedgerViews.Identity identity(String reader, String identityId) {
    IdentityState identity = readableIdentity(reader, identityId);
    return new LedgerViews.Identity(
        identityId,
        identity.credentials().stream()
            .map(c -> new LedgerViews.PublicKey(c.key(), c.protocolId()))
            .toList(),
        LedgerViews.proofLink(firstChange(identity.key())));
  }

  public LedgerViews.PublicKey publicKey(String reader, String identityId) {
    IdentityState identity = readableIdentity(reader, identityId);
    var key = identity.credentials().get(identity.credentials().size() - 1);
    return new LedgerViews.PublicKey(key.key(), key.protocolId());
  }

  public LedgerViews.Delegates delegates(String reader, String identityId) {
    IdentityState identity = readableIdentity(reader, identityId);
    List<LedgerViews.Delegate> delegates = new ArrayList<>();
    List<EntityChange> added = changes(identity.key(), RequestType.ADD_DELEGATE);
    for (String delegate : identity.delegates()) {
      String proof =
          added.stream()
              .map(EntityChange::requestId)
              .filter(
                  id ->
                      request(id) instanceof AddDelegate a
                          && a.delegateIdentityId().equals(delegate))
              .findFirst()
              .map(LedgerViews::proofLink)
              .orElse(null);
      delegates.add(new LedgerViews.Delegate(delegate, proof));
    }
    return new LedgerViews.Delegates(delegates);
  }

  public LedgerViews.AssetType assetType(String reader, String assetTypeId) {
    AssetTypeState type = readableAssetType(reader, assetTypeId);
    return new LedgerViews.AssetType(
        assetTypeId,
        type.ownerId(),
        type.kind().wireName(),
        type.scale() >= 0 ? type.scale() : null,
        LedgerViews.proofLink(firstChange(type.key())));
  }

  public LedgerViews.Asset asset(String reader, String assetTypeId, String assetId) {
    AssetState asset = readableAsset(reader, assetTypeId, assetId);
    NodeStores stores = stores();
    // the entity's head is the proof of its latest committed change
    String latest =
        stores
            .entities()
            .slot(asset.key())
            .head()
            .flatMap(hash -> stores.proofs().find(hash))
            .map(proof -> LedgerViews.proofLink(proof.requestId().value()))
            .orElse(null);
    return new LedgerViews.Asset(
        assetId,
        assetTypeId,
        asset.ownerId(),
        asset.balance().map(Object::toString).orElse(null),
        latest);
  }

  /** The claims of a subject, by hash, {@code limit} from the {@code next} token's position. */
  public LedgerViews.ClaimsPage claims(
      String reader, EntityRef subject, Optional<Integer> limit, Optional<String> next) {
    Set<String> hashes = readableSubject(reader, subject);
    int start = PageToken.start(next);
    int size = PageToken.limit(limit);
    List<String> all = List.copyOf(hashes);
    List<LedgerViews.ClaimEntry> page = new ArrayList<>();
    for (int i = start; i < Math.min(all.size(), start + size); i++) {
      String hash = all.get(i);
      ClaimState claim = claimState(subject, hash);
      page.add(
          new LedgerViews.ClaimEntry(
              hash,
              subject.claimPath(hash),
              LedgerViews.proofLink(firstChange(claimKey(subject, hash))),
              claim.delegateIdentityId()));
    }
    return new LedgerViews.ClaimsPage(page, PageToken.after(start + size, all.size()));
  }

  public LedgerViews.Claim claim(String reader, EntityRef subject, String hash) {
    readableSubject(reader, subject);
    ClaimState claim = claimState(subject, hash);
    List<LedgerViews.Endorsement> endorsements = new ArrayList<>();
    for (String endorser : claim.endorsements().keySet()) {
      endorsements.add(endorsement(subject, hash, claim, endorser));
    }
    return new LedgerViews.Claim(
        hash,
        LedgerViews.proofLink(firstChange(claimKey(subject, hash))),
        claim.delegateIdentityId(),
        endorsements);
  }

  public LedgerViews.Endorsement endorsement(
      String reader, EntityRef subject, String hash, String endorserId) {
    readableSubject(reader, subject);
    ClaimState claim = claimState(subject, hash);
    if (!claim.endorsements().containsKey(endorserId)) {
      throw notFound("No endorsement by " + endorserId + " of claim " + hash);
    }
    return endorsement(subject, hash, claim, endorserId);
  }

  /**
   * The iov42 view (spec §7) of the proof that decided the request at this node; parent
   * fingerprints are sealed by this node.
   */
  public Iov42ProofView proof(String requestId) {
    NodeStores stores = stores();
    Proof proof =
        stores
            .requests()
            .outcome(new RequestId(requestId))
            .flatMap(RequestOutcome::proofHash)
            .flatMap(hash -> stores.proofs().find(hash))
            .orElseThrow(() -> notFound("No proof of request " + requestId + " at this node"));
    LedgerIdentityDirectory directory =
        new LedgerIdentityDirectory(key -> stores.entities().slot(key).state());
    ClientKeys keys =
        new ClientKeys() {
          @Override
          public Optional<PublicCredentials> credentialsOf(String identityId) {
            return directory.credentials(identityId).stream().findFirst();
          }

          @Override
          public boolean isDelegate(String delegatorId, String delegateId) {
            return directory.isDelegate(delegatorId, delegateId);
          }
        };
    return new Iov42ProofRenderer(node.setup().zone(), node.setup().signer())
        .render(proof, keys, hash -> stores.proofs().find(hash).map(Proof::requestId));
  }

  /** The transfers the asset took part in, oldest first (creation and minting are not). */
  public LedgerViews.TransactionsPage transactions(
      String reader,
      String assetTypeId,
      String assetId,
      Optional<Integer> limit,
      Optional<String> next) {
    AssetState asset = readableAsset(reader, assetTypeId, assetId);
    int start = PageToken.start(next);
    int size = PageToken.limit(limit);
    NodeStores stores = stores();
    List<LedgerViews.Transaction> all = new ArrayList<>();
    for (EntityChange change : changes(asset.key(), RequestType.TRANSFERS)) {
      if (all.size() >= start + size + 1) {
        break;
      }
      Optional<RequestEntry> entry = stores.requests().find(new RequestId(change.requestId()));
      if (entry.isPresent()) {
        all.addAll(transactionsOf(entry.get(), assetTypeId, assetId));
      }
    }
    List<LedgerViews.Transaction> page =
        all.subList(Math.min(start, all.size()), Math.min(all.size(), start + size));
    return new LedgerViews.TransactionsPage(
        List.copyOf(page), PageToken.after(start + size, all.size()));
  }

  private static List<LedgerViews.Transaction> transactionsOf(
      RequestEntry entry, String assetTypeId, String assetId) {
    Transfers transfers = (Transfers) entry.request().parsed().request();
    String requestId = entry.id().value();
    String proof = LedgerViews.proofLink(requestId);
    String timestamp = TIMESTAMP.format(Instant.ofEpochMilli(entry.sequenced().timestamp()));
    List<LedgerViews.Transaction> found = new ArrayList<>();
    for (Transfer transfer : transfers.transfers()) {
      if (transfer instanceof Transfer.Quantity q
          && q.assetTypeId().equals(assetTypeId)
          && (q.fromAssetId().equals(assetId) || q.toAssetId().equals(assetId))) {
        found.add(
            new LedgerViews.QuantityTransaction(
                requestId,
                proof,
                timestamp,
                new AssetRef(q.fromAssetId(), assetTypeId),
                new AssetRef(q.toAssetId(), assetTypeId),
                q.quantity().toString()));
      } else if (transfer instanceof Transfer.Ownership o
          && o.assetTypeId().equals(assetTypeId)
          && o.assetId().equals(assetId)) {
        found.add(
            new LedgerViews.OwnershipTransaction(
                requestId,
                proof,
                timestamp,
                o.fromIdentityId(),
                o.toIdentityId(),
                new AssetRef(assetId, assetTypeId)));
      }
    }
    return found;
  }

  private LedgerViews.Endorsement endorsement(
      EntityRef subject, String hash, ClaimState claim, String endorserId) {
    ClaimState.StoredEndorsement stored = claim.endorsements().get(endorserId);
    String proof =
        changes(claimKey(subject, hash)).stream()
            .map(EntityChange::requestId)
            .filter(
                id ->
                    request(id) instanceof CreateEndorsements e
                        && e.endorserId().equals(endorserId))
            .findFirst()
            .map(LedgerViews::proofLink)
            .orElse(null);
    return new LedgerViews.Endorsement(
        endorserId, stored.signature(), stored.delegateIdentityId(), proof);
  }

  private IdentityState readableIdentity(String reader, String identityId) {
    IdentityState identity =
        state(new LedgerKey.IdentityKey(identityId).entityKey(), IdentityState.class)
            .orElseThrow(() -> notFound("Identity " + identityId + " does not exist"));
    RoleMap read = identity.permissions().get(PermissionAction.READ);
    if (!read.allows(Set.of(reader), Optional.empty(), identityId::equals)) {
      throw denied("identity " + identityId);
    }
    return identity;
  }

  private AssetTypeState readableAssetType(String reader, String assetTypeId) {
    AssetTypeState type =
        state(new LedgerKey.AssetTypeKey(assetTypeId).entityKey(), AssetTypeState.class)
            .orElseThrow(() -> notFound("Asset type " + assetTypeId + " does not exist"));
    RoleMap read = type.permissions().get(PermissionAction.READ);
    if (!read.allows(Set.of(reader), type.typeOwnerId(), type.ownerId()::equals)) {
      throw denied("asset type " + assetTypeId);
    }
    return type;
  }

  private AssetState readableAsset(String reader, String assetTypeId, String assetId) {
    AssetState asset =
        state(new LedgerKey.AssetKey(assetTypeId, assetId).entityKey(), AssetState.class)
            .orElseThrow(
                () -> notFound("Asset " + assetId + " of type " + assetTypeId + " does not exist"));
    Optional<AssetTypeState> type =
        state(new LedgerKey.AssetTypeKey(assetTypeId).entityKey(), AssetTypeState.class);
    if (type.isPresent()) {
      RoleMap read = type.get().permissions().get(PermissionAction.INSTANCES_READ);
      if (!read.allows(Set.of(reader), type.get().typeOwnerId(), asset.ownerId()::equals)) {
        throw denied("asset " + assetId);
      }
    }
    return asset;
  }

  /** The claim hashes of a readable subject. */
  private Set<String> readableSubject(String reader, EntityRef subject) {
    return switch (subject.kind()) {
      case IDENTITY -> readableIdentity(reader, subject.id()).claims();
      case ASSET_TYPE -> readableAssetType(reader, subject.id()).claims();
      case ASSET -> readableAsset(reader, subject.typeId(), subject.id()).claims();
    };
  }

  private ClaimState claimState(EntityRef subject, String hash) {
    return state(claimKey(subject, hash), ClaimState.class)
        .orElseThrow(() -> notFound("Claim " + hash + " does not exist on " + subject.path()));
  }

  private static EntityKey claimKey(EntityRef subject, String hash) {
    return new LedgerKey.ClaimKey(subject, hash).entityKey();
  }

  private <T extends EntityState> Optional<T> state(EntityKey key, Class<T> type) {
    return stores().entities().slot(key).state().filter(type::isInstance).map(type::cast);
  }

  private LedgerRequest request(String requestId) {
    return stores()
        .requests()
        .find(new RequestId(requestId))
        .map(e -> e.request().parsed().request())
        .orElse(null);
  }

  private String firstChange(EntityKey entity) {
    List<EntityChange> first =
        em.createNamedQuery(EntityChange.OF_ENTITY, EntityChange.class)
            .setParameter("entity", entity.value())
            .setMaxResults(1)
            .getResultList();
    return first.isEmpty() ? null : first.get(0).requestId();
  }

  private List<EntityChange> changes(EntityKey entity) {
    return em.createNamedQuery(EntityChange.OF_ENTITY, EntityChange.class)
        .setParameter("entity", entity.value())
        .getResultList();
  }

  private List<EntityChange> changes(EntityKey entity, RequestType type) {
    return em.createNamedQuery(EntityChange.OF_ENTITY_AND_TYPE, EntityChange.class)
        .setParameter("entity", entity.value())
        .setParameter("type", type.wireName())
        .getResultList();
  }

  private NodeStores stores() {
    schema.awaitMigrated();
    if (!node.enabled()) {
      throw new ReadRefusedException(ErrorCode.UNAVAILABLE, "This node does not run consensus");
    }
    return node.stores(em, node.consumer("reader"));
  }

  private static ReadRefusedException notFound(String message) {
    return new ReadRefusedException(ErrorCode.NOT_FOUND, message);
  }

  private static ReadRefusedException denied(String what) {
    return new ReadRefusedException(
        ErrorCode.PERMISSION_DENIED, "The reader is not allowed to read " + what);
  }
}
