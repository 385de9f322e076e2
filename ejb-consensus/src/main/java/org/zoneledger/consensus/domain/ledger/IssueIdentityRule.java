package org.zoneledger.consensus.domain.ledger;

import static org.zoneledger.protocol.error.ErrorCode.ALREADY_EXISTS;
import static org.zoneledger.protocol.error.ErrorCode.MISSING_AUTHORISATION;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zoneledger.consensus.domain.EntityState;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.message.RollbackReason;
import org.zoneledger.protocol.request.EntityKind;
import org.zoneledger.protocol.request.IssueIdentity;

/** {@code IssueIdentityRequest}: the new identity must not exist and must authorise itself. */
final class IssueIdentityRule implements RequestRule<IssueIdentity> {

  @Override
  public List<LedgerKey> touched(IssueIdentity request, VerifiedRequest verified) {
    PermissionsJson.parse(EntityKind.IDENTITY, verified.parsed().permissionsJson());
    return List.of(new LedgerKey.IdentityKey(request.identityId()));
  }

  @Override
  public Optional<RollbackReason> check(
      IssueIdentity request,
      VerifiedRequest verified,
      LedgerKey key,
      Optional<EntityState> current) {
    if (current.isPresent()) {
      return Refusal.of(
          ALREADY_EXISTS, "The identity '" + request.identityId() + "' already exists");
    }
    if (!verified.principals().contains(request.identityId())) {
      return Refusal.of(
          MISSING_AUTHORISATION,
          "Issuing identity '" + request.identityId() + "' needs its own authorisation");
    }
    return Refusal.none();
  }

  @Override
  public EntityState apply(
      IssueIdentity request,
      VerifiedRequest verified,
      LedgerKey key,
      Optional<EntityState> current) {
    return new IdentityState(
        request.identityId(),
        List.of(request.publicCredentials()),
        Set.of(),
        Set.of(),
        PermissionsJson.parse(EntityKind.IDENTITY, verified.parsed().permissionsJson()),
        request.identityId());
  }
}
