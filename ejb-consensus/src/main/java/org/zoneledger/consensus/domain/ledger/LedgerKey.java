package org.zoneledger.consensus.domain.ledger;

import java.util.Objects;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.request.EntityRef;

/**
 * The typed form of an {@link EntityKey} (see the package documentation for the scheme). Ids never
 * contain {@code :}, so {@link #parse} is the exact inverse of {@link #entityKey}.
 */
public sealed interface LedgerKey {

  EntityKey entityKey();

  /** {@code identity:<identityId>}. */
  record IdentityKey(String identityId) implements LedgerKey {
    @Override
    public EntityKey entityKey() {
      return new EntityKey("identity:" + identityId);
    }
  }

  /** {@code asset-type:<assetTypeId>}. */
  record AssetTypeKey(String assetTypeId) implements LedgerKey {
    @Override
    public EntityKey entityKey() {
      return new EntityKey("asset-type:" + assetTypeId);
    }
  }

  /** {@code asset:<assetTypeId>:<assetId>}: a unique asset or an account. */
  record AssetKey(String assetTypeId, String assetId) implements LedgerKey {
    @Override
    public EntityKey entityKey() {
      return new EntityKey("asset:" + assetTypeId + ":" + assetId);
    }
  }

  /** {@code claim:<subject key>:<hash>}. */
  record ClaimKey(EntityRef subject, String hash) implements LedgerKey {
    public ClaimKey {
      Objects.requireNonNull(subject);
      Objects.requireNonNull(hash);
    }

    @Override
    public EntityKey entityKey() {
      return new EntityKey("claim:" + of(subject).entityKey().value() + ":" + hash);
    }
  }

  /** The key of an identity, asset type or asset reference. */
  static LedgerKey of(EntityRef ref) {
    return switch (ref.kind()) {
      case IDENTITY -> new IdentityKey(ref.id());
      case ASSET_TYPE -> new AssetTypeKey(ref.id());
      case ASSET -> new AssetKey(ref.typeId(), ref.id());
    };
  }

  static LedgerKey parse(EntityKey key) {
    String[] parts = key.value().split(":", -1);
    LedgerKey parsed =
        switch (parts[0]) {
          case "identity" -> parts.length == 2 ? new IdentityKey(parts[1]) : null;
          case "asset-type" -> parts.length == 2 ? new AssetTypeKey(parts[1]) : null;
          case "asset" -> parts.length == 3 ? new AssetKey(parts[1], parts[2]) : null;
          case "claim" -> claim(parts);
          default -> null;
        };
    if (parsed == null || !parsed.entityKey().equals(key)) {
      throw new IllegalArgumentException("'" + key + "' is not a ledger entity key");
    }
    return parsed;
  }

  private static LedgerKey claim(String[] parts) {
    String hash = parts[parts.length - 1];
    return switch (parts.length) {
      case 4 ->
          switch (parts[1]) {
            case "identity" -> new ClaimKey(EntityRef.identity(parts[2]), hash);
            case "asset-type" -> new ClaimKey(EntityRef.assetType(parts[2]), hash);
            default -> null;
          };
      case 5 ->
          "asset".equals(parts[1]) ? new ClaimKey(EntityRef.asset(parts[2], parts[3]), hash) : null;
      default -> null;
    };
  }
}
