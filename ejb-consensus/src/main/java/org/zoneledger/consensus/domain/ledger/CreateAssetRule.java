package org.zoneledger.consensus.domain.ledger;

import static org.zoneledger.protocol.error.ErrorCode.ALREADY_EXISTS;
import static org.zoneledger.protocol.error.ErrorCode.ASSET_KIND_MISMATCH;
import static org.zoneledger.protocol.error.ErrorCode.NOT_FOUND;
import static org.zoneledger.protocol.error.ErrorCode.PERMISSION_DENIED;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zoneledger.consensus.domain.EntityState;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.message.RollbackReason;
import org.zoneledger.protocol.request.AssetKind;
import org.zoneledger.protocol.request.CreateAsset;
import org.zoneledger.protocol.request.EntityKind;

/**
 * {@code CreateAssetRequest}. The asset entity: must not exist; becomes a unique asset (no
 * quantity) or an account with the initial quantity, owned by the creator. The asset type entity
 * (unchanged): must exist, be Unique for a unique asset and Quantifiable for an account (a missing
 * quantity on a quantifiable type is refused, spec §9.4 [recommend]), and grant {@code
 * instances.create} to the creator (default: everyone, as the SDK tests need).
 */
final class CreateAssetRule implements RequestRule<CreateAsset> {

  @Override
  public List<LedgerKey> touched(CreateAsset request, VerifiedRequest verified) {
    PermissionsJson.parse(EntityKind.ASSET, verified.parsed().permissionsJson());
    return List.of(
        new LedgerKey.AssetKey(request.assetTypeId(), request.assetId()),
        new LedgerKey.AssetTypeKey(request.assetTypeId()));
  }

  @Override
  public Optional<RollbackReason> check(
      CreateAsset request, VerifiedRequest verified, LedgerKey key, Optional<EntityState> current) {
    if (key instanceof LedgerKey.AssetKey) {
      return current.isPresent()
          ? Refusal.of(ALREADY_EXISTS, "The " + describe(request) + " already exists")
          : Refusal.none();
    }
    Optional<AssetTypeState> type = States.as(current, AssetTypeState.class);
    if (type.isEmpty()) {
      return Refusal.of(NOT_FOUND, "The asset type '" + request.assetTypeId() + "' does not exist");
    }
    if (type.get().kind() == AssetKind.UNIQUE && request.quantity() != null) {
      return Refusal.of(
          ASSET_KIND_MISMATCH,
          "The asset type '"
              + request.assetTypeId()
              + "' is Unique: its assets have no quantity; omit 'quantity'");
    }
    if (type.get().kind() == AssetKind.QUANTIFIABLE && request.quantity() == null) {
      return Refusal.of(
          ASSET_KIND_MISMATCH,
          "The asset type '"
              + request.assetTypeId()
              + "' is Quantifiable: an account needs an initial 'quantity' (may be \"0\")");
    }
    String creator = States.creator(verified);
    RoleMap map = type.get().permissions().get(PermissionAction.INSTANCES_CREATE);
    if (!map.allows(Set.of(creator), type.get().typeOwnerId(), creator::equals)) {
      return Refusal.of(
          PERMISSION_DENIED,
          "'"
              + creator
              + "' is not permitted to create instances of asset type '"
              + request.assetTypeId()
              + "' (instances.create "
              + map
              + ")");
    }
    return Refusal.none();
  }

  @Override
  public EntityState apply(
      CreateAsset request, VerifiedRequest verified, LedgerKey key, Optional<EntityState> current) {
    if (key instanceof LedgerKey.AssetTypeKey) {
      return States.existing(current, AssetTypeState.class);
    }
    return new AssetState(
        request.assetTypeId(),
        request.assetId(),
        States.creator(verified),
        Optional.ofNullable(request.quantity()),
        Set.of(),
        PermissionsJson.parse(EntityKind.ASSET, verified.parsed().permissionsJson()));
  }

  private static String describe(CreateAsset request) {
    return (request.quantity() == null ? "asset '" : "account '")
        + request.assetId()
        + "' of type '"
        + request.assetTypeId()
        + "'";
  }
}
