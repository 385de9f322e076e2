package org.zoneledger.consensus.domain.ledger;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.zoneledger.protocol.message.CanonicalWriter;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.request.AssetKind;

/**
 * An asset type: its owner (the creator), whether its instances are unique assets or accounts, the
 * scale (decimal places, quantifiable types only; -1 for unique types), its claims and permissions.
 * Never changes once defined, except for new claims.
 */
public record AssetTypeState(
    String assetTypeId,
    String ownerId,
    AssetKind kind,
    int scale,
    Set<String> claims,
    Permissions permissions)
    implements ClaimSubject {
  public AssetTypeState {
    Objects.requireNonNull(assetTypeId);
    Objects.requireNonNull(ownerId);
    Objects.requireNonNull(kind);
    if ((kind == AssetKind.QUANTIFIABLE) != (scale >= 0)) {
      throw new IllegalArgumentException("a quantifiable type, and only one, has a scale");
    }
    claims = Sets.sorted(claims);
    Objects.requireNonNull(permissions);
  }

  @Override
  public EntityKey key() {
    return new LedgerKey.AssetTypeKey(assetTypeId).entityKey();
  }

  @Override
  public Optional<String> typeOwnerId() {
    return Optional.of(ownerId);
  }

  @Override
  public AssetTypeState withClaims(Collection<String> hashes) {
    return new AssetTypeState(
        assetTypeId, ownerId, kind, scale, Sets.with(claims, hashes), permissions);
  }

  @Override
  public byte[] canonicalBytes() {
    CanonicalWriter out =
        StateEncoding.start(StateEncoding.ASSET_TYPE)
            .string(assetTypeId)
            .string(ownerId)
            .enumByte(kind)
            .u32(scale);
    StateEncoding.sortedSet(out, claims);
    permissions.write(out);
    return out.toByteArray();
  }
}
