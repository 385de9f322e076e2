package org.zoneledger.consensus.domain.drme;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.zoneledger.consensus.domain.EntityState;
import org.zoneledger.consensus.domain.EntityVerdict;
import org.zoneledger.consensus.domain.LedgerRules;
import org.zoneledger.protocol.auth.SignatureEntry;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.crypto.Hashes;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.RollbackReason;
import org.zoneledger.protocol.request.AddQuantity;
import org.zoneledger.protocol.request.LedgerRequest;
import org.zoneledger.protocol.request.Transfer;
import org.zoneledger.protocol.request.Transfers;

/**
 * Test ledger: accounts with balances. AddQuantity mints into an account (creating it); a quantity
 * transfer needs both accounts to exist and the payer's balance to cover its net outflow. Every
 * signer is known to this node's rules unless {@link #lagOn} said the node has not applied its
 * identity yet — standing in for an identity state of another partition.
 */
final class BankRules implements LedgerRules {
  private final Set<String> notYetApplied = new HashSet<>();

  /** This node has not applied {@code identityId}'s creation yet. */
  BankRules lagOn(String identityId) {
    notYetApplied.add(identityId);
    return this;
  }

  @Override
  public Optional<RollbackReason> signerProblem(
      VerifiedRequest request, Function<EntityKey, Optional<EntityState>> committed) {
    return request.authorisations().stream()
        .map(SignatureEntry::signer)
        .filter(notYetApplied::contains)
        .findFirst()
        .map(
            signer ->
                new RollbackReason(
                    ErrorCode.UNKNOWN_SIGNER.code(),
                    ErrorCode.UNKNOWN_SIGNER.type(),
                    "The identity '"
                        + signer
                        + "' that signed the authorisation is not registered"));
  }

  record Account(EntityKey key, BigInteger balance) implements EntityState {
    @Override
    public byte[] canonicalBytes() {
      return (key + "=" + balance).getBytes(StandardCharsets.UTF_8);
    }
  }

  static EntityKey account(String id) {
    return new EntityKey("asset:" + TestClients.ASSET_TYPE + ":" + id);
  }

  @Override
  public List<EntityKey> touchedEntities(VerifiedRequest request) {
    LedgerRequest body = request.parsed().request();
    if (body instanceof AddQuantity add) {
      return List.of(account(add.assetId()));
    }
    if (body instanceof Transfers transfers && !transfers.transfers().isEmpty()) {
      TreeSet<String> keys = new TreeSet<>();
      for (Transfer item : transfers.transfers()) {
        Transfer.Quantity quantity = (Transfer.Quantity) item;
        keys.add(account(quantity.fromAssetId()).value());
        keys.add(account(quantity.toAssetId()).value());
      }
      return keys.stream().map(EntityKey::new).toList();
    }
    throw new ProtocolException(ErrorCode.INVALID_FIELD, "the bank only mints and transfers");
  }

  @Override
  public EntityVerdict check(
      VerifiedRequest request, EntityKey entity, Optional<EntityState> current) {
    LedgerRequest body = request.parsed().request();
    BigInteger delta = delta(body, entity);
    if (!(body instanceof AddQuantity) && current.isEmpty()) {
      return refuse(ErrorCode.NOT_FOUND, entity + " does not exist");
    }
    BigInteger balance = balance(current);
    if (balance.add(delta).signum() < 0) {
      return refuse(ErrorCode.INSUFFICIENT_BALANCE, entity + " holds " + balance);
    }
    return new EntityVerdict.Commit(
        Bytes.of(
            Hashes.sha256(
                (entity + "|" + body.requestId() + "|" + balance + "|" + delta)
                    .getBytes(StandardCharsets.UTF_8))));
  }

  @Override
  public EntityState apply(
      VerifiedRequest request, EntityKey entity, Optional<EntityState> current) {
    return new Account(entity, balance(current).add(delta(request.parsed().request(), entity)));
  }

  private static BigInteger balance(Optional<EntityState> current) {
    return current.map(state -> ((Account) state).balance()).orElse(BigInteger.ZERO);
  }

  private static BigInteger delta(LedgerRequest body, EntityKey entity) {
    if (body instanceof AddQuantity add) {
      return add.quantity();
    }
    BigInteger delta = BigInteger.ZERO;
    for (Transfer item : ((Transfers) body).transfers()) {
      Transfer.Quantity quantity = (Transfer.Quantity) item;
      if (account(quantity.toAssetId()).equals(entity)) {
        delta = delta.add(quantity.quantity());
      }
      if (account(quantity.fromAssetId()).equals(entity)) {
        delta = delta.subtract(quantity.quantity());
      }
    }
    return delta;
  }

  private static EntityVerdict refuse(ErrorCode code, String message) {
    return new EntityVerdict.Rollback(new RollbackReason(code.code(), code.type(), message));
  }
}
