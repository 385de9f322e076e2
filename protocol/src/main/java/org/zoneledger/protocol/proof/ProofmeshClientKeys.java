package org.zoneledger.protocol.proof;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.zoneledger.protocol.error.ProtocolException;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.ClientSignature;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.Proof;
import org.zoneledger.protocol.request.AddDelegate;
import org.zoneledger.protocol.request.CreateIdentity;
import org.zoneledger.protocol.request.EntityKind;
import org.zoneledger.protocol.request.EntityRef;
import org.zoneledger.protocol.request.IssueIdentity;
import org.zoneledger.protocol.request.LedgerRequest;
import org.zoneledger.protocol.request.PublicCredentials;
import org.zoneledger.protocol.request.RequestParser;
import org.zoneledger.protocol.rules.AuthorisationDecision;
import org.zoneledger.protocol.rules.OwnershipView;
import org.zoneledger.protocol.rules.SignerRules;
import org.zoneledger.protocol.zone.ZoneMembership;

/**
 * {@link ClientKeys} taken from the proofmesh alone, as {@link ClientKeys}' contract asks:
 *
 * <ul>
 *   <li>an identity's key is the {@code publicCredentials} of the body of the proof that created
 *       its entity ({@link IdentityKeyScheme}): the end of the entity's COMMIT chain, walked from
 *       the store's head by the links ({@link EntityChain}). That proof must be an {@code
 *       IssueIdentityRequest} or {@code CreateIdentityRequest} for the identity, valid ({@link
 *       ProofVerifier}: coordinator, votes, majority, client signatures) and authorised by the
 *       signers spec §3.8 requires ({@link SignerRules}). A self-issued identity's own signature is
 *       checked with the key in the body; every other signature with keys derived the same way;
 *   <li>a delegation is the oldest COMMIT proof of an {@code AddDelegateRequest} for the pair on
 *       the delegator's chain (the ledger refuses a second one), which must name the delegate's
 *       entity too, verify, and carry both parties' authorisations.
 * </ul>
 *
 * Derivations recurse (a created identity needs its creator's key) through a {@link
 * DerivationGuard}: a derivation that needs itself is refused, nesting deeper than {@code maxDepth}
 * is refused, and results are remembered for the life of the instance. Not thread-safe.
 *
 * <p>A delegation counts once it is in the mesh: the mesh orders proofs per entity only, so whether
 * a delegate signed before its {@code AddDelegateRequest} committed cannot be told offline.
 */
public final class ProofmeshClientKeys implements ClientKeys {
  public static final int DEFAULT_MAX_DEPTH = 64;

  private final ProofVerifier verifier;
  private final ProofStore store;
  private final IdentityKeyScheme identities;
  private final DerivationGuard guard;
  private final Map<String, EntityChain> chains = new HashMap<>();
  private final Map<Bytes, Optional<LedgerRequest>> requests = new HashMap<>();
  private final Map<String, DerivedKey> keys = new HashMap<>();
  private final Map<List<String>, DerivedDelegation> delegations = new HashMap<>();
  private final OwnershipView meshView = new MeshView();

  public ProofmeshClientKeys(ZoneMembership zone, ProofStore store, IdentityKeyScheme identities) {
    this(zone, store, identities, DEFAULT_MAX_DEPTH);
  }

  public ProofmeshClientKeys(
      ZoneMembership zone, ProofStore store, IdentityKeyScheme identities, int maxDepth) {
    this.verifier = new ProofVerifier(zone);
    this.store = store;
    this.identities = identities;
    this.guard = new DerivationGuard(maxDepth);
  }

  /** The identity's key from its creation proof, or why the mesh gives none. */
  public DerivedKey keyOf(String identityId) {
    return guard.derive(
        "the key of " + identityId,
        keys,
        identityId,
        () -> deriveKey(identityId),
        problem -> DerivedKey.refused(identityId, problem));
  }

  /** The AddDelegate proof registering the pair, or why the mesh has none. */
  public DerivedDelegation delegation(String delegatorId, String delegateId) {
    return guard.derive(
        "the delegation of " + delegatorId + " to " + delegateId,
        delegations,
        List.of(delegatorId, delegateId),
        () -> deriveDelegation(delegatorId, delegateId),
        problem -> DerivedDelegation.refused(delegatorId, delegateId, problem));
  }

  @Override
  public Optional<PublicCredentials> credentialsOf(String identityId) {
    return keyOf(identityId).credentials();
  }

  @Override
  public boolean isDelegate(String delegatorId, String delegateId) {
    return delegation(delegatorId, delegateId).registered();
  }

  @Override
  public String missingKeyReason(String identityId) {
    return "the proofmesh gives no key for "
        + identityId
        + ": "
        + keyOf(identityId).problem().orElse("none is missing");
  }

  @Override
  public String missingDelegationReason(String delegatorId, String delegateId) {
    return "the proofmesh does not register "
        + delegateId
        + " as a delegate of "
        + delegatorId
        + ": "
        + delegation(delegatorId, delegateId).problem().orElse("none is missing");
  }

  private DerivedKey deriveKey(String identityId) {
    EntityChain chain = chainOf(identityId);
    if (chain.creation().isEmpty()) {
      return DerivedKey.refused(identityId, chain.problem().orElse("its history is empty"));
    }
    Proof creation = chain.creation().get();
    String where = "its creation proof " + describe(creation);
    Optional<LedgerRequest> request = requestOf(creation);
    PublicCredentials credentials;
    ClientKeys checkWith;
    if (request.orElse(null) instanceof IssueIdentity issue
        && issue.identityId().equals(identityId)) {
      credentials = issue.publicCredentials();
      checkWith = withOwnKey(identityId, credentials);
    } else if (request.orElse(null) instanceof CreateIdentity create
        && create.identityId().equals(identityId)) {
      credentials = create.publicCredentials();
      checkWith = this;
    } else {
      return DerivedKey.refused(
          identityId,
          where
              + request
                  .map(r -> " is of type " + r.type().wireName())
                  .orElse(" has no readable body")
              + ", not the issue or creation of "
              + identityId);
    }
    return problemWith(creation, request.get(), checkWith)
        .map(problem -> DerivedKey.refused(identityId, where + ": " + problem))
        .orElseGet(() -> DerivedKey.of(identityId, credentials, creation.hash()));
  }

  private DerivedDelegation deriveDelegation(String delegatorId, String delegateId) {
    EntityChain chain = chainOf(delegatorId);
    if (chain.problem().isPresent()) {
      return DerivedDelegation.refused(delegatorId, delegateId, chain.problem().get());
    }
    for (int i = chain.proofs().size() - 1; i >= 0; i--) {
      Proof proof = chain.proofs().get(i);
      if (requestOf(proof).orElse(null) instanceof AddDelegate add
          && add.delegatorIdentityId().equals(delegatorId)
          && add.delegateIdentityId().equals(delegateId)) {
        return checkedDelegation(add, proof);
      }
    }
    return DerivedDelegation.refused(
        delegatorId,
        delegateId,
        "no COMMIT proof of an AddDelegateRequest for them is in the history of "
            + identities.entityOf(delegatorId));
  }

  private DerivedDelegation checkedDelegation(AddDelegate add, Proof proof) {
    String delegator = add.delegatorIdentityId();
    String delegate = add.delegateIdentityId();
    String where = "the AddDelegateRequest proof " + describe(proof);
    Optional<EntityKey> delegateEntity = entityOf(delegate);
    if (delegateEntity.isEmpty() || proof.link(delegateEntity.get()).isEmpty()) {
      return DerivedDelegation.refused(
          delegator, delegate, where + " does not name the delegate's entity");
    }
    return problemWith(proof, add, this)
        .map(problem -> DerivedDelegation.refused(delegator, delegate, where + ": " + problem))
        .orElseGet(() -> DerivedDelegation.of(delegator, delegate, proof.hash()));
  }

  /** Verification problems of {@code proof}, then a missing required authorisation (§3.8). */
  private Optional<String> problemWith(Proof proof, LedgerRequest request, ClientKeys keys) {
    ProofVerification verification = verifier.verify(proof, keys);
    if (!verification.valid()) {
      return Optional.of(String.join("; ", verification.problems()));
    }
    Set<String> principals =
        proof.clientSignatures().stream()
            .map(ClientSignature::identityId)
            .collect(Collectors.toSet());
    AuthorisationDecision decision = SignerRules.check(request, principals, meshView);
    return decision.authorised() ? Optional.empty() : Optional.of(decision.reason());
  }

  private EntityChain chainOf(String identityId) {
    return chains.computeIfAbsent(
        identityId,
        id ->
            entityOf(id)
                .map(entity -> EntityChain.walk(entity, store))
                .orElseGet(
                    () -> EntityChain.refused("'" + id + "' cannot name an identity entity")));
  }

  private Optional<EntityKey> entityOf(String identityId) {
    try {
      return Optional.of(identities.entityOf(identityId));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private Optional<LedgerRequest> requestOf(Proof proof) {
    return requests.computeIfAbsent(
        proof.hash(),
        hash -> {
          try {
            return Optional.of(RequestParser.parse(proof.requestBody().toArray()).request());
          } catch (ProtocolException e) {
            return Optional.empty();
          }
        });
  }

  /** This mesh, except that {@code identityId} has the key its own issue request carries. */
  private ClientKeys withOwnKey(String identityId, PublicCredentials credentials) {
    ClientKeys mesh = this;
    return new ClientKeys() {
      @Override
      public Optional<PublicCredentials> credentialsOf(String id) {
        return id.equals(identityId) ? Optional.of(credentials) : mesh.credentialsOf(id);
      }

      @Override
      public boolean isDelegate(String delegatorId, String delegateId) {
        return mesh.isDelegate(delegatorId, delegateId);
      }

      @Override
      public String missingKeyReason(String id) {
        return mesh.missingKeyReason(id);
      }

      @Override
      public String missingDelegationReason(String delegatorId, String delegateId) {
        return mesh.missingDelegationReason(delegatorId, delegateId);
      }
    };
  }

  private static String describe(Proof proof) {
    return proof.requestId().value() + " (" + proof.hash().toHex() + ")";
  }

  /** Identities exist when the mesh gives their key; the three checked types need no more. */
  private final class MeshView implements OwnershipView {
    @Override
    public Optional<String> ownerOf(EntityRef entity) {
      return entity.kind() == EntityKind.IDENTITY && keyOf(entity.id()).credentials().isPresent()
          ? Optional.of(entity.id())
          : Optional.empty();
    }

    @Override
    public boolean claimExists(EntityRef subject, String hash) {
      return false;
    }
  }
}
