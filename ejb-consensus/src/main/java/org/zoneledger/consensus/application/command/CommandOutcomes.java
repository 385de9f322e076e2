package org.zoneledger.consensus.application.command;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.zoneledger.consensus.application.NodeContext;
import org.zoneledger.consensus.domain.LedgerRules;
import org.zoneledger.consensus.domain.drme.NodeStores;
import org.zoneledger.consensus.domain.drme.RequestOutcome;
import org.zoneledger.consensus.domain.drme.RequestUnavailableException;
import org.zoneledger.consensus.domain.ledger.DefaultLedgerRules;
import org.zoneledger.consensus.schema.SchemaStartup;
import org.zoneledger.persistence.consensus.DrmeRequest;
import org.zoneledger.protocol.crypto.Hashes;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.Decision;
import org.zoneledger.protocol.message.EntityLink;
import org.zoneledger.protocol.message.Proof;
import org.zoneledger.protocol.message.RequestId;
import org.zoneledger.protocol.message.Vote;
import org.zoneledger.protocol.request.RequestParser;

/**
 * A command's result as this node can answer it: finished only once this node has applied the
 * decision to every entity of the request (so its reads reflect it, spec §1.5), failed with the
 * reasons the validators voted, or pending.
 */
@Stateless
public class CommandOutcomes {

  private static final Logger LOG = Logger.getLogger(CommandOutcomes.class.getName());

  private final LedgerRules rules = new DefaultLedgerRules();

  @PersistenceContext(unitName = "zoneledger")
  private EntityManager em;

  @EJB private SchemaStartup schema;
  @EJB private NodeContext node;

  /**
   * The result of {@code requestId}; with {@code bodyDigest}, a request sequenced under that id
   * with another body is a conflict (409) rather than this caller's result.
   */
  public CommandResult result(String requestId, Optional<Bytes> bodyDigest) {
    schema.awaitMigrated();
    NodeStores stores = node.stores(em, node.consumer("api"));
    RequestId id = new RequestId(requestId);
    DrmeRequest row = em.find(DrmeRequest.class, requestId);
    Optional<RequestOutcome> outcome = stores.requests().outcome(id);
    Optional<Proof> proof =
        outcome.flatMap(RequestOutcome::proofHash).flatMap(h -> stores.proofs().find(h));
    Optional<byte[]> sequencedDigest =
        Optional.ofNullable(row)
            .map(DrmeRequest::bodyDigest)
            .or(() -> proof.map(p -> Hashes.sha256(p.requestBody().toArray())));
    if (bodyDigest.isPresent()
        && sequencedDigest.isPresent()
        && !Arrays.equals(sequencedDigest.get(), bodyDigest.get().toArray())) {
      return CommandResult.Failed.conflict(requestId);
    }
    if (outcome.isEmpty()) {
      return row == null
          ? new CommandResult.Unknown(requestId)
          : new CommandResult.Pending(requestId);
    }
    if (outcome.get().status() == RequestOutcome.Status.REJECTED) {
      return rejected(stores, id);
    }
    if (proof.isEmpty() || !appliedEverywhereHere(stores, proof.get())) {
      return new CommandResult.Pending(requestId);
    }
    return decided(proof.get());
  }

  private static boolean appliedEverywhereHere(NodeStores stores, Proof proof) {
    for (EntityLink link : proof.links()) {
      if (stores.proofs().appliedOn(proof.requestId(), link.entity()).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static CommandResult decided(Proof proof) {
    String id = proof.requestId().value();
    if (proof.outcome() == Decision.COMMIT) {
      return new CommandResult.Committed(
          id, RequestParser.parse(proof.requestBody().toArray()).request().resources());
    }
    List<CommandError> errors =
        proof.votes().stream()
            .map(Vote::reason)
            .flatMap(Optional::stream)
            .distinct()
            .map(CommandError::of)
            .toList();
    if (errors.isEmpty()) {
      errors =
          List.of(
              new CommandError(
                  400, 2900, "Rollback", "The zone rolled the request back without a reason"));
    }
    return new CommandResult.Failed(id, errors, true);
  }

  private CommandResult rejected(NodeStores stores, RequestId id) {
    try {
      stores.requests().find(id).ifPresent(entry -> rules.touchedEntities(entry.request()));
    } catch (ProtocolException e) {
      return new CommandResult.Failed(id.value(), List.of(CommandError.of(e)), true);
    } catch (RequestUnavailableException e) {
      LOG.fine(() -> "rejected request " + id + " no longer readable: " + e);
    }
    return new CommandResult.Failed(
        id.value(),
        List.of(CommandError.of(ErrorCode.INVALID_FIELD, "The ledger rejected the request")),
        true);
  }
}
