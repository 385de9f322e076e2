package org.zoneledger.protocol.request;

import java.math.BigInteger;
import java.util.List;

/**
 * {@code CreateAssetRequest}: a unique asset ({@code quantity} null) or an account with its initial
 * balance in minor units.
 */
public record CreateAsset(String requestId, String assetId, String assetTypeId, BigInteger quantity)
    implements LedgerRequest {
  @Override
  public RequestType type() {
    return RequestType.CREATE_ASSET;
  }

  public EntityRef asset() {
    return EntityRef.asset(assetTypeId, assetId);
  }

  @Override
  public List<String> resources() {
    return List.of(asset().path());
  }
}
