package org.zoneledger.consensus.domain;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.RollbackReason;

/**
 * The ledger's rules, entity by entity. Every method is pure and deterministic: every node calls it
 * with the same arguments in the same log order and must reach the same result. A rule may look
 * only at the request and at the one entity it is asked about — never at other entities' state,
 * which may be in flight in another partition.
 */
public interface LedgerRules {

  /**
   * The entities the request touches (one PREPARE each), each once, in canonical order. Rejects a
   * request that touches no entity or is malformed for the ledger with a {@link
   * org.zoneledger.protocol.error.ProtocolException}.
   */
  List<EntityKey> touchedEntities(VerifiedRequest request);

  /**
   * The verdict for {@code entity} given its current committed state ({@code empty} when it does
   * not exist yet).
   */
  EntityVerdict check(VerifiedRequest request, EntityKey entity, Optional<EntityState> current);

  /**
   * Why the request's signers are not authorised on this node's committed state — a signer (or the
   * delegate that signed for it) not registered here, a delegation not registered here, a signature
   * that does not verify with the signer's keys — or empty when they are. The request reached the
   * engine having passed only the checks that need no ledger state ({@link
   * org.zoneledger.protocol.auth.RequestVerifier#checkWithoutSigners}); the validator calls this
   * for every entity whose {@link #check} gave COMMIT, and votes ROLLBACK with the reason found.
   *
   * <p><b>Not deterministic across nodes, by design.</b> {@code committed} is this node's view of
   * entities of other partitions (the signers' identities), which may lag another node's. The
   * engine keeps every node's entity sequence equal all the same: the reservation follows {@link
   * #check} alone (deterministic), so a node that votes ROLLBACK here still reserves the entity as
   * the others do, and applies the COMMIT if the majority decides it. The answer can only move from
   * "unknown" to "authorised", never back, because an identity's keys are fixed when it is created
   * and delegations are only ever added: every node that holds the signer gives the same answer,
   * and a node without it answers {@code UNKNOWN_SIGNER} / {@code DELEGATE_NOT_REGISTERED}. Safety:
   * a COMMIT needs a majority of COMMIT votes, each from a node that verified every signature with
   * the signer's registered keys, so a forged or unauthorised request cannot commit; a lagging
   * minority is outvoted. Cost: when a majority has not yet applied a signer's creation, a valid
   * request rolls back with {@code UNKNOWN_SIGNER} (the client retries under a new requestId), and
   * a zone reduced to a bare majority in which one node lags leaves the request undecided until
   * another voter returns.
   *
   * <p>The alternative — every request touching its signers' identity entities read-only, so the
   * check is decided in the identity's own partition, in log order, identically everywhere — was
   * rejected: it serialises all requests of one signer behind the identity's reservation (a
   * registry, a bank or a bench client signing hundreds of requests a second), adds one PREPARE, n
   * votes and one DECIDE per signer to every request, and grows each identity's proof chain by
   * every request it signs, which an offline verifier walks to reach the creation proof.
   *
   * @param committed this node's committed state of any entity (empty when it holds none)
   */
  default Optional<RollbackReason> signerProblem(
      VerifiedRequest request, Function<EntityKey, Optional<EntityState>> committed) {
    return Optional.empty();
  }

  /**
   * The entity's state once the request has committed. Only called after {@link #check} gave {@link
   * EntityVerdict.Commit} for the same state.
   */
  EntityState apply(VerifiedRequest request, EntityKey entity, Optional<EntityState> current);
}
