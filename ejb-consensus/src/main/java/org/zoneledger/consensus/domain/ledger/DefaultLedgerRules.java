package org.zoneledger.consensus.domain.ledger;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.zoneledger.consensus.domain.EntityState;
import org.zoneledger.consensus.domain.EntityVerdict;
import org.zoneledger.consensus.domain.LedgerRules;
import org.zoneledger.protocol.auth.RequestVerifier;
import org.zoneledger.protocol.auth.SignatureCache;
import org.zoneledger.protocol.auth.VerificationMode;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.crypto.Hashes;
import org.zoneledger.protocol.error.ProtocolException;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.CanonicalWriter;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.RollbackReason;
import org.zoneledger.protocol.request.AddDelegate;
import org.zoneledger.protocol.request.AddQuantity;
import org.zoneledger.protocol.request.CreateAsset;
import org.zoneledger.protocol.request.CreateClaims;
import org.zoneledger.protocol.request.CreateEndorsements;
import org.zoneledger.protocol.request.CreateIdentity;
import org.zoneledger.protocol.request.DefineAssetType;
import org.zoneledger.protocol.request.IssueIdentity;
import org.zoneledger.protocol.request.LedgerRequest;
import org.zoneledger.protocol.request.Transfers;

/**
 * The ledger rules of spec §9, one {@code *Rule} per request type. Touched entities come back
 * sorted by key and without repeats. A COMMIT verdict carries the digest of the change: SHA-256
 * over the requestId, the entity key and the entity's new canonical state, so two nodes that agree
 * on the digest agree on the resulting state. Thread-safe; its only state is the {@link
 * SignatureCache} of {@link #signerProblem}.
 */
public final class DefaultLedgerRules implements LedgerRules {
  /**
   * One per process, since rules may be built with every engine (an engine per handler call): a
   * request is checked once per entity and round. The cache holds only pure results (decoded keys,
   * signatures that verified), so sharing it across nodes, zones and threads is safe.
   */
  private static final SignatureCache SHARED_SIGNATURES = new SignatureCache(100_000);

  private final SignatureCache signatures;
  private final List<BoundRule<?>> rules =
      List.of(
          new BoundRule<>(IssueIdentity.class, new IssueIdentityRule()),
          new BoundRule<>(CreateIdentity.class, new CreateIdentityRule()),
          new BoundRule<>(AddDelegate.class, new AddDelegateRule()),
          new BoundRule<>(DefineAssetType.class, new DefineAssetTypeRule()),
          new BoundRule<>(CreateAsset.class, new CreateAssetRule()),
          new BoundRule<>(AddQuantity.class, new AddQuantityRule()),
          new BoundRule<>(CreateClaims.class, new CreateClaimsRule()),
          new BoundRule<>(CreateEndorsements.class, new CreateEndorsementsRule()),
          new BoundRule<>(Transfers.class, new TransfersRule()));

  /** With the process-wide signature cache. */
  public DefaultLedgerRules() {
    this(SHARED_SIGNATURES);
  }

  /** With {@code signatures} as the cache of {@link #signerProblem} (e.g. a test's own). */
  public DefaultLedgerRules(SignatureCache signatures) {
    this.signatures = signatures;
  }

  @Override
  public List<EntityKey> touchedEntities(VerifiedRequest request) {
    return rule(request).touched(request).stream()
        .map(LedgerKey::entityKey)
        .distinct()
        .sorted(Comparator.comparing(EntityKey::value))
        .toList();
  }

  @Override
  public EntityVerdict check(
      VerifiedRequest request, EntityKey entity, Optional<EntityState> current) {
    BoundRule<?> rule = rule(request);
    LedgerKey key = touchedKey(rule, request, entity);
    Optional<RollbackReason> refusal = rule.check(request, key, current);
    if (refusal.isPresent()) {
      return new EntityVerdict.Rollback(refusal.get());
    }
    return new EntityVerdict.Commit(
        changeDigest(request, entity, rule.apply(request, key, current)));
  }

  @Override
  public EntityState apply(
      VerifiedRequest request, EntityKey entity, Optional<EntityState> current) {
    BoundRule<?> rule = rule(request);
    EntityState next = rule.apply(request, touchedKey(rule, request, entity), current);
    if (!next.key().equals(entity)) {
      throw new IllegalStateException("rule produced " + next.key() + " for " + entity);
    }
    return next;
  }

  /**
   * The signers' keys and delegations from the {@link IdentityState}s this node committed ({@link
   * LedgerIdentityDirectory}), checked with {@link RequestVerifier#verifySigners}. Protocol ids
   * were already held to the path's mode when the request was sequenced, hence the native mode.
   *
   * <p>Which keys and delegations a signer has is read from {@code committed} on every call; only
   * the cryptography is cached ({@link SignatureCache}: decoded keys, and signatures that verified
   * with a given key over given bytes — never a failure). A request checked again (another entity,
   * another round, a redelivery) therefore costs no signature verification once it passed, and a
   * request that failed is checked afresh, so a signer registered meanwhile is then authorised.
   * Identity keys are fixed at creation and delegations only added, so even a cached "authorised"
   * could not turn stale; the cache does not rely on it.
   */
  @Override
  public Optional<RollbackReason> signerProblem(
      VerifiedRequest request, Function<EntityKey, Optional<EntityState>> committed) {
    RequestVerifier signers =
        new RequestVerifier(
            new LedgerIdentityDirectory(committed), VerificationMode.NATIVE, signatures);
    try {
      signers.verifySigners(request);
      return Optional.empty();
    } catch (ProtocolException e) {
      return Refusal.of(e.errorCode(), e.getMessage());
    }
  }

  /** The digest a COMMIT vote carries for {@code next} as the result of {@code request}. */
  public static Bytes changeDigest(VerifiedRequest request, EntityKey entity, EntityState next) {
    byte[] encoded =
        new CanonicalWriter()
            .string(request.parsed().request().requestId())
            .string(entity.value())
            .bytes(next.canonicalBytes())
            .toByteArray();
    return Bytes.of(Hashes.sha256(encoded));
  }

  private BoundRule<?> rule(VerifiedRequest request) {
    LedgerRequest body = request.parsed().request();
    return rules.stream()
        .filter(r -> r.handles(body))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no rule for " + body.type()));
  }

  private static LedgerKey touchedKey(
      BoundRule<?> rule, VerifiedRequest request, EntityKey entity) {
    LedgerKey key = LedgerKey.parse(entity);
    if (!rule.touched(request).contains(key)) {
      throw new IllegalArgumentException(
          "request " + request.parsed().request().requestId() + " does not touch " + entity);
    }
    return key;
  }
}
