package org.zoneledger.client.model;

/** {@code GET /asset-types/{id}} (spec §6.3.7); {@code scale} only for quantifiable types. */
public record AssetTypeInfo(
    String assetTypeId, String ownerId, String type, Integer scale, String proof) {}
