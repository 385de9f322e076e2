package org.zoneledger.consensus.domain.ledger;

import java.util.List;
import java.util.Optional;
import org.zoneledger.consensus.domain.EntityState;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.message.RollbackReason;
import org.zoneledger.protocol.request.LedgerRequest;

/**
 * The rules of one request type. Pure and deterministic; {@code check} and {@code apply} look only
 * at the request and at the one entity they are given.
 */
interface RequestRule<R extends LedgerRequest> {

  /**
   * The entities {@code request} touches (duplicates allowed; the caller removes them).
   *
   * @throws org.zoneledger.protocol.error.ProtocolException when the request is malformed for the
   *     ledger
   */
  List<LedgerKey> touched(R request, VerifiedRequest verified);

  /** Why {@code key} must not change, or empty when it may. */
  Optional<RollbackReason> check(
      R request, VerifiedRequest verified, LedgerKey key, Optional<EntityState> current);

  /** The entity's state after the request; only called when {@link #check} found no reason. */
  EntityState apply(
      R request, VerifiedRequest verified, LedgerKey key, Optional<EntityState> current);
}
