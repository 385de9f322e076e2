package org.zoneledger.protocol.request;

import java.util.List;

/**
 * {@code DefineAssetTypeRequest}. {@code scale} (decimal places) is given for quantifiable types
 * only and is null for unique ones.
 */
public record DefineAssetType(String requestId, String assetTypeId, AssetKind kind, Integer scale)
    implements LedgerRequest {
  @Override
  public RequestType type() {
    return RequestType.DEFINE_ASSET_TYPE;
  }

  @Override
  public List<String> resources() {
    return List.of(EntityRef.assetType(assetTypeId).path());
  }
}
