package org.zoneledger.client.model;

/** {@code GET /asset-types/{t}/assets/{a}} (spec §6.3.8); {@code quantity} only for accounts. */
public record AssetInfo(
    String assetId, String assetTypeId, String ownerId, String quantity, String proof) {}
