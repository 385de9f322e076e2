package org.zoneledger.protocol.request;

import java.util.List;

/** {@code IssueIdentityRequest}: an identity issued by itself, signed with the key in the body. */
public record IssueIdentity(
    String requestId, String identityId, PublicCredentials publicCredentials)
    implements LedgerRequest {
  @Override
  public RequestType type() {
    return RequestType.ISSUE_IDENTITY;
  }

  @Override
  public List<String> resources() {
    return List.of(EntityRef.identity(identityId).path());
  }
}
