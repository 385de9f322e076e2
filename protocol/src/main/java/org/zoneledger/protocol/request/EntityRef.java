package org.zoneledger.protocol.request;

import java.util.Objects;

/**
 * A reference to one ledger entity. For {@link EntityKind#ASSET} {@code typeId} is the asset's
 * {@code assetTypeId}; it is null for the other kinds.
 */
public record EntityRef(EntityKind kind, String id, String typeId) {
  public EntityRef {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(id);
    if ((kind == EntityKind.ASSET) != (typeId != null)) {
      throw new IllegalArgumentException("an asset, and only an asset, has a typeId");
    }
  }

  public static EntityRef identity(String identityId) {
    return new EntityRef(EntityKind.IDENTITY, identityId, null);
  }

  public static EntityRef assetType(String assetTypeId) {
    return new EntityRef(EntityKind.ASSET_TYPE, assetTypeId, null);
  }

  public static EntityRef asset(String assetTypeId, String assetId) {
    return new EntityRef(EntityKind.ASSET, assetId, assetTypeId);
  }

  /** The entity's resource path, e.g. {@code /api/v1/asset-types/eur/assets/acc-1}. */
  public String path() {
    return switch (kind) {
      case IDENTITY -> "/api/v1/identities/" + id;
      case ASSET_TYPE -> "/api/v1/asset-types/" + id;
      case ASSET -> "/api/v1/asset-types/" + typeId + "/assets/" + id;
    };
  }

  /** The path of one of this entity's claims. */
  public String claimPath(String claimHash) {
    return path() + "/claims/" + claimHash;
  }

  @Override
  public String toString() {
    return kind == EntityKind.ASSET ? "asset " + typeId + "/" + id : kind + " " + id;
  }
}
