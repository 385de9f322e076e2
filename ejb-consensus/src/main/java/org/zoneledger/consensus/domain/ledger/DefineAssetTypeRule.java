package org.zoneledger.consensus.domain.ledger;

import static org.zoneledger.protocol.error.ErrorCode.ALREADY_EXISTS;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zoneledger.consensus.domain.EntityState;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.message.RollbackReason;
import org.zoneledger.protocol.request.DefineAssetType;
import org.zoneledger.protocol.request.EntityKind;

/**
 * {@code DefineAssetTypeRequest}: the type must not exist; its owner is the creator (any verified
 * principal is a registered identity). Scale range is checked by the parser.
 */
final class DefineAssetTypeRule implements RequestRule<DefineAssetType> {

  @Override
  public List<LedgerKey> touched(DefineAssetType request, VerifiedRequest verified) {
    PermissionsJson.parse(EntityKind.ASSET_TYPE, verified.parsed().permissionsJson());
    return List.of(new LedgerKey.AssetTypeKey(request.assetTypeId()));
  }

  @Override
  public Optional<RollbackReason> check(
      DefineAssetType request,
      VerifiedRequest verified,
      LedgerKey key,
      Optional<EntityState> current) {
    return current.isPresent()
        ? Refusal.of(
            ALREADY_EXISTS, "The asset type '" + request.assetTypeId() + "' already exists")
        : Refusal.none();
  }

  @Override
  public EntityState apply(
      DefineAssetType request,
      VerifiedRequest verified,
      LedgerKey key,
      Optional<EntityState> current) {
    return new AssetTypeState(
        request.assetTypeId(),
        States.creator(verified),
        request.kind(),
        request.scale() == null ? -1 : request.scale(),
        Set.of(),
        PermissionsJson.parse(EntityKind.ASSET_TYPE, verified.parsed().permissionsJson()));
  }
}
