package org.zoneledger.protocol.request;

import java.math.BigInteger;
import java.util.List;

/** One item of a {@code TransfersRequest}; items carry no {@code _type} on the wire. */
public sealed interface Transfer {

  /** The resource paths this item reports (spec §4.2.13). */
  List<String> resources();

  /** Ownership of a unique asset or a whole account moves from one identity to another. */
  record Ownership(String assetTypeId, String assetId, String fromIdentityId, String toIdentityId)
      implements Transfer {
    public EntityRef asset() {
      return EntityRef.asset(assetTypeId, assetId);
    }

    @Override
    public List<String> resources() {
      return List.of(asset().path());
    }
  }

  /** {@code quantity} (> 0, minor units) moves between two accounts of one quantifiable type. */
  record Quantity(String assetTypeId, String fromAssetId, String toAssetId, BigInteger quantity)
      implements Transfer {
    public EntityRef from() {
      return EntityRef.asset(assetTypeId, fromAssetId);
    }

    public EntityRef to() {
      return EntityRef.asset(assetTypeId, toAssetId);
    }

    @Override
    public List<String> resources() {
      return List.of(from().path(), to().path());
    }
  }
}
