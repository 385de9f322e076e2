package org.zoneledger.consensus.domain.ledger;

import static org.zoneledger.protocol.error.ErrorCode.NOT_FOUND;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zoneledger.consensus.domain.EntityState;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;
import org.zoneledger.protocol.message.RollbackReason;
import org.zoneledger.protocol.request.Transfer;
import org.zoneledger.protocol.request.Transfers;

/**
 * {@code TransfersRequest}: all items apply atomically (the request commits iff every entity
 * commits). Touched: every asset or account named by an item, and the identity receiving each
 * ownership transfer (it must exist; it is not changed). Each asset nets everything the request
 * does to it ({@link AssetMovements}) and is checked by {@link TransferredAssetCheck}. The type
 * match is structural: the asset key contains the type, so an item naming the wrong type names an
 * asset that does not exist. The asset type is not touched, so transfers of one type never queue
 * behind each other.
 */
final class TransfersRule implements RequestRule<Transfers> {

  @Override
  public List<LedgerKey> touched(Transfers request, VerifiedRequest verified) {
    List<LedgerKey> keys = new ArrayList<>();
    Set<LedgerKey> owned = new HashSet<>();
    for (Transfer transfer : request.transfers()) {
      if (transfer instanceof Transfer.Ownership o) {
        LedgerKey asset = new LedgerKey.AssetKey(o.assetTypeId(), o.assetId());
        if (!owned.add(asset)) {
          throw invalid("The " + o.asset() + " is transferred by more than one item");
        }
        keys.add(asset);
        keys.add(new LedgerKey.IdentityKey(o.toIdentityId()));
      } else {
        Transfer.Quantity q = (Transfer.Quantity) transfer;
        if (q.fromAssetId().equals(q.toAssetId())) {
          throw invalid("A quantity transfer from account '" + q.fromAssetId() + "' to itself");
        }
        keys.add(new LedgerKey.AssetKey(q.assetTypeId(), q.fromAssetId()));
        keys.add(new LedgerKey.AssetKey(q.assetTypeId(), q.toAssetId()));
      }
    }
    return keys;
  }

  @Override
  public Optional<RollbackReason> check(
      Transfers request, VerifiedRequest verified, LedgerKey key, Optional<EntityState> current) {
    if (key instanceof LedgerKey.IdentityKey recipient) {
      return current.isPresent()
          ? Refusal.none()
          : Refusal.of(
              NOT_FOUND,
              "The recipient '" + recipient.identityId() + "' is not a registered identity");
    }
    LedgerKey.AssetKey asset = (LedgerKey.AssetKey) key;
    Optional<AssetState> state = States.as(current, AssetState.class);
    if (state.isEmpty()) {
      return Refusal.of(
          NOT_FOUND,
          "The asset or account '"
              + asset.assetId()
              + "' of type '"
              + asset.assetTypeId()
              + "' does not exist");
    }
    return TransferredAssetCheck.check(
        state.get(), AssetMovements.of(request, asset), verified.principals());
  }

  @Override
  public EntityState apply(
      Transfers request, VerifiedRequest verified, LedgerKey key, Optional<EntityState> current) {
    if (key instanceof LedgerKey.IdentityKey) {
      return States.existing(current, IdentityState.class);
    }
    AssetState state = States.existing(current, AssetState.class);
    AssetMovements movements = AssetMovements.of(request, (LedgerKey.AssetKey) key);
    if (movements.quantityItems()) {
      state = state.withBalance(state.balance().orElseThrow().add(movements.net()));
    }
    if (movements.ownership().isPresent()) {
      state = state.withOwner(movements.ownership().get().toIdentityId());
    }
    return state;
  }

  private static ProtocolException invalid(String message) {
    return new ProtocolException(ErrorCode.INVALID_FIELD, message);
  }
}
