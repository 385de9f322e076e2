package org.zoneledger.protocol.request;

import java.math.BigInteger;
import java.util.List;

/** {@code AddQuantityRequest} (TypeScript only): mints {@code quantity} into an account. */
public record AddQuantity(String requestId, String assetId, String assetTypeId, BigInteger quantity)
    implements LedgerRequest {
  @Override
  public RequestType type() {
    return RequestType.ADD_QUANTITY;
  }

  public EntityRef asset() {
    return EntityRef.asset(assetTypeId, assetId);
  }

  @Override
  public List<String> resources() {
    return List.of(asset().path());
  }
}
