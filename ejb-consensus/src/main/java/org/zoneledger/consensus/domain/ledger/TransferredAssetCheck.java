package org.zoneledger.consensus.domain.ledger;

import static org.zoneledger.protocol.error.ErrorCode.ASSET_KIND_MISMATCH;
import static org.zoneledger.protocol.error.ErrorCode.INSUFFICIENT_BALANCE;
import static org.zoneledger.protocol.error.ErrorCode.MISSING_AUTHORISATION;
import static org.zoneledger.protocol.error.ErrorCode.NOT_OWNER;

import java.math.BigInteger;
import java.util.Optional;
import java.util.Set;
import org.zoneledger.protocol.message.RollbackReason;
import org.zoneledger.protocol.request.Transfer;

/**
 * The checks of one existing asset or account in a transfer (spec §9.6): an ownership item's {@code
 * fromIdentityId} is the current owner and authorised; quantity items need an account; an account
 * paying out needs its (current) owner's authorisation and a balance covering the net outflow of
 * the whole request.
 */
final class TransferredAssetCheck {
  private TransferredAssetCheck() {}

  static Optional<RollbackReason> check(
      AssetState asset, AssetMovements movements, Set<String> principals) {
    if (movements.ownership().isPresent()) {
      Transfer.Ownership item = movements.ownership().get();
      if (!item.fromIdentityId().equals(asset.ownerId())) {
        return Refusal.of(
            NOT_OWNER,
            "'"
                + item.fromIdentityId()
                + "' cannot transfer the "
                + asset.describe()
                + ": its owner is '"
                + asset.ownerId()
                + "'");
      }
      if (!principals.contains(item.fromIdentityId())) {
        return Refusal.of(
            MISSING_AUTHORISATION,
            "Transferring the "
                + asset.describe()
                + " needs the authorisation of its owner '"
                + asset.ownerId()
                + "'");
      }
    }
    if (!movements.quantityItems()) {
      return Refusal.none();
    }
    if (!asset.isAccount()) {
      return Refusal.of(
          ASSET_KIND_MISMATCH,
          "The " + asset.describe() + " is unique: quantities move only between accounts");
    }
    if (movements.isSource() && !principals.contains(asset.ownerId())) {
      return Refusal.of(
          MISSING_AUTHORISATION,
          "Transferring quantity from the "
              + asset.describe()
              + " needs the authorisation of its owner '"
              + asset.ownerId()
              + "'");
    }
    BigInteger balance = asset.balance().orElseThrow();
    if (balance.add(movements.net()).signum() < 0) {
      return Refusal.of(
          INSUFFICIENT_BALANCE,
          "The "
              + asset.describe()
              + " holds "
              + balance
              + " but the request takes "
              + movements.net().negate()
              + " from it (all items netted)");
    }
    return Refusal.none();
  }
}
