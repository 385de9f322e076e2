package org.zoneledger.client;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zoneledger.protocol.auth.IdentityDirectory;
import org.zoneledger.protocol.request.PublicCredentials;

/** An in-memory identity directory standing in for a node's read model. */
final class Directory implements IdentityDirectory {
  private final Map<String, PublicCredentials> keys = new HashMap<>();
  private final Set<String> delegations = new HashSet<>();

  ClientIdentity register(ClientIdentity identity) {
    keys.put(identity.identityId(), identity.credentials());
    return identity;
  }

  void delegate(String delegatorId, String delegateId) {
    delegations.add(delegatorId + " " + delegateId);
  }

  @Override
  public List<PublicCredentials> credentials(String identityId) {
    PublicCredentials key = keys.get(identityId);
    return key == null ? List.of() : List.of(key);
  }

  @Override
  public boolean isDelegate(String delegatorId, String delegateId) {
    return delegations.contains(delegatorId + " " + delegateId);
  }
}
