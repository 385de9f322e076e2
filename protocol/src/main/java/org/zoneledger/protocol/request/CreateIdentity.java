package org.zoneledger.protocol.request;

import java.util.List;

/**
 * {@code CreateIdentityRequest} (TypeScript only): an existing identity creates another one whose
 * key is in the body; the new identity does not sign.
 */
public record CreateIdentity(
    String requestId, String identityId, PublicCredentials publicCredentials)
    implements LedgerRequest {
  @Override
  public RequestType type() {
    return RequestType.CREATE_IDENTITY;
  }

  @Override
  public List<String> resources() {
    return List.of(EntityRef.identity(identityId).path());
  }
}
