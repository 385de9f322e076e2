package org.zoneledger.consensus.domain.ledger;

import java.util.Optional;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.message.RollbackReason;

/** Builds the {@link RollbackReason}s of the rules from the API's error codes (spec §10). */
final class Refusal {
  private Refusal() {}

  static Optional<RollbackReason> of(ErrorCode code, String message) {
    return Optional.of(reason(code, message));
  }

  static RollbackReason reason(ErrorCode code, String message) {
    return new RollbackReason(code.code(), code.type(), message);
  }

  static Optional<RollbackReason> none() {
    return Optional.empty();
  }
}
