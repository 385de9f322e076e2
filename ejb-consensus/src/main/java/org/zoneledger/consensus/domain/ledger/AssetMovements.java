package org.zoneledger.consensus.domain.ledger;

import java.math.BigInteger;
import java.util.Optional;
import org.zoneledger.protocol.request.Transfer;
import org.zoneledger.protocol.request.Transfers;

/**
 * Everything one {@code TransfersRequest} does to one asset or account, netted: the ownership item
 * moving it (at most one), and the sums of the quantity items taking from and paying into it.
 */
record AssetMovements(
    Optional<Transfer.Ownership> ownership,
    BigInteger outgoing,
    BigInteger incoming,
    boolean quantityItems) {

  static AssetMovements of(Transfers request, LedgerKey.AssetKey asset) {
    Optional<Transfer.Ownership> ownership = Optional.empty();
    BigInteger outgoing = BigInteger.ZERO;
    BigInteger incoming = BigInteger.ZERO;
    boolean quantityItems = false;
    for (Transfer transfer : request.transfers()) {
      if (transfer instanceof Transfer.Ownership o
          && key(o.assetTypeId(), o.assetId()).equals(asset)) {
        ownership = Optional.of(o);
      } else if (transfer instanceof Transfer.Quantity q) {
        if (key(q.assetTypeId(), q.fromAssetId()).equals(asset)) {
          outgoing = outgoing.add(q.quantity());
          quantityItems = true;
        }
        if (key(q.assetTypeId(), q.toAssetId()).equals(asset)) {
          incoming = incoming.add(q.quantity());
          quantityItems = true;
        }
      }
    }
    return new AssetMovements(ownership, outgoing, incoming, quantityItems);
  }

  /** Whether some quantity item takes from this account (its owner must authorise). */
  boolean isSource() {
    return outgoing.signum() > 0;
  }

  /** The balance change: incoming minus outgoing. */
  BigInteger net() {
    return incoming.subtract(outgoing);
  }

  private static LedgerKey.AssetKey key(String typeId, String assetId) {
    return new LedgerKey.AssetKey(typeId, assetId);
  }
}
