package org.zoneledger.consensus.domain.ledger;

import java.math.BigInteger;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.zoneledger.protocol.message.CanonicalWriter;
import org.zoneledger.protocol.message.EntityKey;

/**
 * A unique asset ({@code balance} empty) or an account of a quantifiable type ({@code balance} in
 * the type's smallest unit, never negative), with its current owner, claims and permissions.
 */
public record AssetState(
    String assetTypeId,
    String assetId,
    String ownerId,
    Optional<BigInteger> balance,
    Set<String> claims,
    Permissions permissions)
    implements ClaimSubject {
  public AssetState {
    Objects.requireNonNull(assetTypeId);
    Objects.requireNonNull(assetId);
    Objects.requireNonNull(ownerId);
    Objects.requireNonNull(balance);
    if (balance.filter(b -> b.signum() < 0).isPresent()) {
      throw new IllegalArgumentException("a balance is never negative");
    }
    claims = Sets.sorted(claims);
    Objects.requireNonNull(permissions);
  }

  public boolean isAccount() {
    return balance.isPresent();
  }

  public String describe() {
    return (isAccount() ? "account '" : "asset '") + assetId + "' of type '" + assetTypeId + "'";
  }

  @Override
  public EntityKey key() {
    return new LedgerKey.AssetKey(assetTypeId, assetId).entityKey();
  }

  public AssetState withOwner(String newOwner) {
    return new AssetState(assetTypeId, assetId, newOwner, balance, claims, permissions);
  }

  public AssetState withBalance(BigInteger newBalance) {
    return new AssetState(
        assetTypeId, assetId, ownerId, Optional.of(newBalance), claims, permissions);
  }

  @Override
  public AssetState withClaims(Collection<String> hashes) {
    return new AssetState(
        assetTypeId, assetId, ownerId, balance, Sets.with(claims, hashes), permissions);
  }

  @Override
  public byte[] canonicalBytes() {
    CanonicalWriter out =
        StateEncoding.start(StateEncoding.ASSET)
            .string(assetTypeId)
            .string(assetId)
            .string(ownerId)
            .optional(balance, (w, b) -> w.bytes(b.toByteArray()));
    StateEncoding.sortedSet(out, claims);
    permissions.write(out);
    return out.toByteArray();
  }
}
