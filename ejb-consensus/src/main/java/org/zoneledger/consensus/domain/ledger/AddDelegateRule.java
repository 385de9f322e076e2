package org.zoneledger.consensus.domain.ledger;

import static org.zoneledger.protocol.error.ErrorCode.ALREADY_EXISTS;
import static org.zoneledger.protocol.error.ErrorCode.MISSING_AUTHORISATION;
import static org.zoneledger.protocol.error.ErrorCode.NOT_FOUND;

import java.util.List;
import java.util.Optional;
import org.zoneledger.consensus.domain.EntityState;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;
import org.zoneledger.protocol.message.RollbackReason;
import org.zoneledger.protocol.request.AddDelegate;

/**
 * {@code AddDelegateRequest}: both identities exist and both authorised (spec §4.2.12); the
 * delegator records the delegate, once. The delegate's entity is only checked.
 */
final class AddDelegateRule implements RequestRule<AddDelegate> {

  @Override
  public List<LedgerKey> touched(AddDelegate request, VerifiedRequest verified) {
    if (request.delegateIdentityId().equals(request.delegatorIdentityId())) {
      throw new ProtocolException(
          ErrorCode.INVALID_FIELD,
          "Identity '" + request.delegatorIdentityId() + "' cannot be its own delegate");
    }
    return List.of(
        new LedgerKey.IdentityKey(request.delegatorIdentityId()),
        new LedgerKey.IdentityKey(request.delegateIdentityId()));
  }

  @Override
  public Optional<RollbackReason> check(
      AddDelegate request, VerifiedRequest verified, LedgerKey key, Optional<EntityState> current) {
    boolean delegator = isDelegator(request, key);
    String id = delegator ? request.delegatorIdentityId() : request.delegateIdentityId();
    String role = delegator ? "delegator" : "delegate";
    Optional<IdentityState> state = States.as(current, IdentityState.class);
    if (state.isEmpty()) {
      return Refusal.of(NOT_FOUND, "The " + role + " '" + id + "' is not a registered identity");
    }
    if (!verified.principals().contains(id)) {
      return Refusal.of(
          MISSING_AUTHORISATION,
          "Adding a delegate needs the authorisation of the " + role + " '" + id + "'");
    }
    if (delegator && state.get().delegates().contains(request.delegateIdentityId())) {
      return Refusal.of(
          ALREADY_EXISTS,
          "'"
              + request.delegateIdentityId()
              + "' is already a delegate of '"
              + request.delegatorIdentityId()
              + "'");
    }
    return Refusal.none();
  }

  @Override
  public EntityState apply(
      AddDelegate request, VerifiedRequest verified, LedgerKey key, Optional<EntityState> current) {
    IdentityState state = States.existing(current, IdentityState.class);
    return isDelegator(request, key) ? state.withDelegate(request.delegateIdentityId()) : state;
  }

  private static boolean isDelegator(AddDelegate request, LedgerKey key) {
    return key.equals(new LedgerKey.IdentityKey(request.delegatorIdentityId()));
  }
}
