package org.zoneledger.protocol.request;

import java.util.List;

/** {@code AddDelegateRequest}: registers a delegate; both identities sign. */
public record AddDelegate(String requestId, String delegateIdentityId, String delegatorIdentityId)
    implements LedgerRequest {
  @Override
  public RequestType type() {
    return RequestType.ADD_DELEGATE;
  }

  @Override
  public List<String> resources() {
    return List.of(EntityRef.identity(delegatorIdentityId).path());
  }
}
