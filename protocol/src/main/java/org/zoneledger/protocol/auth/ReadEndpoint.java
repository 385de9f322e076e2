package org.zoneledger.protocol.auth;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The GET endpoints of spec §5, §6.2, §7 and §8 as path templates under {@code /api/v1}. {@code
 * {name}} segments capture ids. List endpoints also match with one trailing {@code /} (the Java SDK
 * signs {@code …/claims/?…}).
 */
public enum ReadEndpoint {
  IDENTITY("identities/{identityId}"),
  IDENTITY_PUBLIC_KEY("identities/{identityId}/public-key"),
  IDENTITY_DELEGATES("identities/{identityId}/delegates"),
  IDENTITY_CLAIMS("identities/{identityId}/claims"),
  IDENTITY_CLAIM("identities/{identityId}/claims/{hash}"),
  IDENTITY_ENDORSEMENT("identities/{identityId}/claims/{hash}/endorsements/{endorserId}"),
  ASSET_TYPE("asset-types/{assetTypeId}"),
  ASSET_TYPE_CLAIMS("asset-types/{assetTypeId}/claims"),
  ASSET_TYPE_CLAIM("asset-types/{assetTypeId}/claims/{hash}"),
  ASSET_TYPE_ENDORSEMENT("asset-types/{assetTypeId}/claims/{hash}/endorsements/{endorserId}"),
  ASSET("asset-types/{assetTypeId}/assets/{assetId}"),
  ASSET_CLAIMS("asset-types/{assetTypeId}/assets/{assetId}/claims"),
  ASSET_CLAIM("asset-types/{assetTypeId}/assets/{assetId}/claims/{hash}"),
  ASSET_ENDORSEMENT(
      "asset-types/{assetTypeId}/assets/{assetId}/claims/{hash}/endorsements/{endorserId}"),
  ASSET_TRANSACTIONS("asset-types/{assetTypeId}/assets/{assetId}/transactions"),
  PROOF("proofs/{requestId}"),
  NODE_INFO("node-info"),
  HEALTHCHECKS("healthchecks"),
  REQUEST_STATUS("requests/{requestId}");

  /** The path prefix of every endpoint. */
  public static final String PREFIX = "/api/v1/";

  private final String[] segments;

  ReadEndpoint(String template) {
    this.segments = template.split("/");
  }

  /** Whether a client must sign the target (§3.4); node-info, health and status need not. */
  public boolean authenticated() {
    return this != NODE_INFO && this != HEALTHCHECKS && this != REQUEST_STATUS;
  }

  /** Whether the endpoint is paged ({@code limit}, {@code next}) and takes a trailing slash. */
  public boolean isList() {
    return this == IDENTITY_CLAIMS
        || this == ASSET_TYPE_CLAIMS
        || this == ASSET_CLAIMS
        || this == ASSET_TRANSACTIONS;
  }

  /** The path (with the prefix) for these ids, in template order. */
  public String path(String... ids) {
    StringBuilder path = new StringBuilder(PREFIX.substring(0, PREFIX.length() - 1));
    int next = 0;
    for (String segment : segments) {
      path.append('/').append(segment.startsWith("{") ? ids[next++] : segment);
    }
    if (next != ids.length) {
      throw new IllegalArgumentException(this + " takes " + next + " ids");
    }
    return path.toString();
  }

  /** The captured ids when {@code path} (after the prefix) matches this endpoint. */
  Optional<Map<String, String>> match(String[] pathSegments) {
    if (pathSegments.length != segments.length) {
      return Optional.empty();
    }
    Map<String, String> ids = new LinkedHashMap<>();
    for (int i = 0; i < segments.length; i++) {
      String template = segments[i];
      if (template.startsWith("{")) {
        ids.put(template.substring(1, template.length() - 1), pathSegments[i]);
      } else if (!template.equals(pathSegments[i])) {
        return Optional.empty();
      }
    }
    return Optional.of(ids);
  }
}
