package org.zoneledger.consensus.domain.drme;

import java.util.Objects;
import java.util.Optional;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.RequestId;

/**
 * The recorded end of a request at one node: its status, the round of the proof that decided it and
 * that proof's hash (absent for a request rejected before any PREPARE).
 */
public record RequestOutcome(
    RequestId requestId, Status status, int round, Optional<Bytes> proofHash) {
  public RequestOutcome {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(proofHash, "proofHash");
  }

  /** How a request ended. */
  public enum Status {
    COMMITTED,
    ROLLED_BACK,
    REJECTED
  }
}
