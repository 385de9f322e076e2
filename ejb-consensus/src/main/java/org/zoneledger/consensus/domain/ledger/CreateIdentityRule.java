package org.zoneledger.consensus.domain.ledger;

import static org.zoneledger.protocol.error.ErrorCode.ALREADY_EXISTS;
import static org.zoneledger.protocol.error.ErrorCode.NOT_FOUND;
import static org.zoneledger.protocol.error.ErrorCode.PERMISSION_DENIED;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zoneledger.consensus.domain.EntityState;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;
import org.zoneledger.protocol.message.RollbackReason;
import org.zoneledger.protocol.request.CreateIdentity;
import org.zoneledger.protocol.request.EntityKind;

/**
 * {@code CreateIdentityRequest}: the new identity must not exist; the creator (first principal)
 * must exist and hold the {@code createIdentity} permission (default Grant). The creator's entity
 * is touched to read that permission and is left unchanged.
 */
final class CreateIdentityRule implements RequestRule<CreateIdentity> {

  @Override
  public List<LedgerKey> touched(CreateIdentity request, VerifiedRequest verified) {
    String creator = States.creator(verified);
    if (creator.equals(request.identityId())) {
      throw new ProtocolException(
          ErrorCode.INVALID_FIELD,
          "Identity '" + creator + "' cannot create itself; use an IssueIdentityRequest");
    }
    PermissionsJson.parse(EntityKind.IDENTITY, verified.parsed().permissionsJson());
    return List.of(
        new LedgerKey.IdentityKey(request.identityId()), new LedgerKey.IdentityKey(creator));
  }

  @Override
  public Optional<RollbackReason> check(
      CreateIdentity request,
      VerifiedRequest verified,
      LedgerKey key,
      Optional<EntityState> current) {
    if (isNewIdentity(request, key)) {
      return current.isPresent()
          ? Refusal.of(ALREADY_EXISTS, "The identity '" + request.identityId() + "' already exists")
          : Refusal.none();
    }
    String creator = States.creator(verified);
    Optional<IdentityState> state = States.as(current, IdentityState.class);
    if (state.isEmpty()) {
      return Refusal.of(NOT_FOUND, "The creating identity '" + creator + "' does not exist");
    }
    RoleMap map = state.get().permissions().get(PermissionAction.CREATE_IDENTITY);
    if (!map.allows(Set.of(creator), Optional.empty(), creator::equals)) {
      return Refusal.of(
          PERMISSION_DENIED, "Identity '" + creator + "' is not permitted to create identities");
    }
    return Refusal.none();
  }

  @Override
  public EntityState apply(
      CreateIdentity request,
      VerifiedRequest verified,
      LedgerKey key,
      Optional<EntityState> current) {
    if (!isNewIdentity(request, key)) {
      return States.existing(current, IdentityState.class);
    }
    return new IdentityState(
        request.identityId(),
        List.of(request.publicCredentials()),
        Set.of(),
        Set.of(),
        PermissionsJson.parse(EntityKind.IDENTITY, verified.parsed().permissionsJson()),
        States.creator(verified));
  }

  private static boolean isNewIdentity(CreateIdentity request, LedgerKey key) {
    return key.equals(new LedgerKey.IdentityKey(request.identityId()));
  }
}
