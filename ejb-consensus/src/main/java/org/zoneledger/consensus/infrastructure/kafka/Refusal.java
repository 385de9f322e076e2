package org.zoneledger.consensus.infrastructure.kafka;

import java.util.Objects;
import java.util.Optional;
import org.zoneledger.consensus.domain.drme.LogPosition;
import org.zoneledger.consensus.domain.drme.Outcome;

/**
 * A record the mapper did not hand to the engine: undecodable bytes (a buggy or hostile producer,
 * logged and skipped), or a client request that fails a check needing no ledger state (malformed
 * body or headers, a signature that is not base64url, a self-issued identity not signed with the
 * key in its body …), which {@code rejection} announces to whoever waits for it. A refusal depends
 * on the record alone, so every node refuses the same records.
 */
public record Refusal(LogPosition position, String reason, Optional<Outcome.Rejected> rejection) {
  public Refusal {
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(rejection, "rejection");
  }
}
