package org.zoneledger.consensus.domain.ledger;

import java.util.List;
import java.util.Optional;
import org.zoneledger.consensus.domain.EntityState;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.message.RollbackReason;
import org.zoneledger.protocol.request.LedgerRequest;

/** A {@link RequestRule} with the request class it handles, so it can be called untyped. */
record BoundRule<R extends LedgerRequest>(Class<R> type, RequestRule<R> rule) {

  boolean handles(LedgerRequest request) {
    return type.isInstance(request);
  }

  List<LedgerKey> touched(VerifiedRequest verified) {
    return rule.touched(request(verified), verified);
  }

  Optional<RollbackReason> check(
      VerifiedRequest verified, LedgerKey key, Optional<EntityState> current) {
    return rule.check(request(verified), verified, key, current);
  }

  EntityState apply(VerifiedRequest verified, LedgerKey key, Optional<EntityState> current) {
    return rule.apply(request(verified), verified, key, current);
  }

  private R request(VerifiedRequest verified) {
    return type.cast(verified.parsed().request());
  }
}
