package org.zoneledger.consensus.domain.ledger;

import static org.zoneledger.protocol.error.ErrorCode.ASSET_KIND_MISMATCH;
import static org.zoneledger.protocol.error.ErrorCode.MISSING_AUTHORISATION;
import static org.zoneledger.protocol.error.ErrorCode.NOT_FOUND;
import static org.zoneledger.protocol.error.ErrorCode.PERMISSION_DENIED;

import java.util.List;
import java.util.Optional;
import org.zoneledger.consensus.domain.EntityState;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.message.RollbackReason;
import org.zoneledger.protocol.request.AddQuantity;
import org.zoneledger.protocol.request.AssetKind;

/**
 * {@code AddQuantityRequest}. The account entity: must exist, be an account, and its owner must
 * have authorised (spec §3.8); the balance grows by the quantity. The asset type entity
 * (unchanged): must be Quantifiable and grant {@code instances.addQuantity} (default: the type
 * owner, so only the issuer mints). The type cannot tell which principal owns the account; as the
 * account entity requires the owner's authorisation, every principal counts as a possible {@code
 * InstanceOwner} there.
 */
final class AddQuantityRule implements RequestRule<AddQuantity> {

  @Override
  public List<LedgerKey> touched(AddQuantity request, VerifiedRequest verified) {
    return List.of(
        new LedgerKey.AssetKey(request.assetTypeId(), request.assetId()),
        new LedgerKey.AssetTypeKey(request.assetTypeId()));
  }

  @Override
  public Optional<RollbackReason> check(
      AddQuantity request, VerifiedRequest verified, LedgerKey key, Optional<EntityState> current) {
    if (key instanceof LedgerKey.AssetKey) {
      return checkAccount(request, verified, States.as(current, AssetState.class));
    }
    Optional<AssetTypeState> type = States.as(current, AssetTypeState.class);
    if (type.isEmpty()) {
      return Refusal.of(NOT_FOUND, "The asset type '" + request.assetTypeId() + "' does not exist");
    }
    if (type.get().kind() != AssetKind.QUANTIFIABLE) {
      return Refusal.of(
          ASSET_KIND_MISMATCH,
          "The asset type '" + request.assetTypeId() + "' is Unique: it has no quantities");
    }
    RoleMap map = type.get().permissions().get(PermissionAction.INSTANCES_ADD_QUANTITY);
    if (!map.allows(verified.principals(), type.get().typeOwnerId(), p -> true)) {
      return Refusal.of(
          PERMISSION_DENIED,
          "None of "
              + States.describe(verified.principals())
              + " may add quantity to accounts of type '"
              + request.assetTypeId()
              + "' (instances.addQuantity "
              + map
              + ", type owner '"
              + type.get().ownerId()
              + "')");
    }
    return Refusal.none();
  }

  private static Optional<RollbackReason> checkAccount(
      AddQuantity request, VerifiedRequest verified, Optional<AssetState> account) {
    if (account.isEmpty()) {
      return Refusal.of(
          NOT_FOUND,
          "The account '"
              + request.assetId()
              + "' of type '"
              + request.assetTypeId()
              + "' does not exist");
    }
    if (!account.get().isAccount()) {
      return Refusal.of(
          ASSET_KIND_MISMATCH, "The " + account.get().describe() + " has no quantity to add to");
    }
    if (!verified.principals().contains(account.get().ownerId())) {
      return Refusal.of(
          MISSING_AUTHORISATION,
          "Adding quantity to the "
              + account.get().describe()
              + " needs the authorisation of its owner '"
              + account.get().ownerId()
              + "'");
    }
    return Refusal.none();
  }

  @Override
  public EntityState apply(
      AddQuantity request, VerifiedRequest verified, LedgerKey key, Optional<EntityState> current) {
    if (key instanceof LedgerKey.AssetTypeKey) {
      return States.existing(current, AssetTypeState.class);
    }
    AssetState account = States.existing(current, AssetState.class);
    return account.withBalance(account.balance().orElseThrow().add(request.quantity()));
  }
}
