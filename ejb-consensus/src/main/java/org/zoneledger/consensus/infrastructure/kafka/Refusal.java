package org.zoneledger.consensus.infrastructure.kafka;

import java.util.Objects;
import java.util.Optional;
import org.zoneledger.consensus.domain.drme.LogPosition;
import org.zoneledger.consensus.domain.drme.Outcome;

/**
 * A record the mapper did not hand to the engine: undecodable bytes (a buggy or hostile producer,
 * logged and skipped), or a client request whose signatures do not verify on this node, which
 * {@code rejection} announces to whoever waits for it.
 *
 * @param stateDependent true when the verdict depends on this node's view of the ledger (a signer
 *     or delegation not registered yet) and a node further ahead may have accepted the request
 */
public record Refusal(
    LogPosition position,
    String reason,
    Optional<Outcome.Rejected> rejection,
    boolean stateDependent) {
  public Refusal {
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(rejection, "rejection");
  }
}
