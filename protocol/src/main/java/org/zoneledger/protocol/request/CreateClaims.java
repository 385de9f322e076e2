package org.zoneledger.protocol.request;

import java.util.List;

/**
 * {@code Create{Identity,AssetType,Asset}ClaimsRequest}: claim hashes about a subject, in body
 * order. The kind of {@code subject} decides the {@code _type}.
 */
public record CreateClaims(String requestId, EntityRef subject, List<String> claims)
    implements LedgerRequest {
  public CreateClaims {
    claims = List.copyOf(claims);
  }

  @Override
  public RequestType type() {
    return switch (subject.kind()) {
      case IDENTITY -> RequestType.CREATE_IDENTITY_CLAIMS;
      case ASSET_TYPE -> RequestType.CREATE_ASSET_TYPE_CLAIMS;
      case ASSET -> RequestType.CREATE_ASSET_CLAIMS;
    };
  }

  @Override
  public List<String> resources() {
    return claims.stream().map(subject::claimPath).toList();
  }
}
