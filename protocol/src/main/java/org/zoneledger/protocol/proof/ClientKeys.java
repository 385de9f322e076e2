package org.zoneledger.protocol.proof;

import java.util.Map;
import java.util.Optional;

/**
 * Where a verifier finds the public key of the identity that made a client signature (the delegate
 * when the signature is delegated). The caller answers from what it trusts — the ledger's identity
 * records, or keys it holds — and is also the one to check that a delegate was registered.
 */
@FunctionalInterface
public interface ClientKeys {
  Optional<PublicCredentials> credentialsOf(String identityId);

  static ClientKeys of(Map<String, PublicCredentials> keys) {
    Map<String, PublicCredentials> copy = Map.copyOf(keys);
    return identityId -> Optional.ofNullable(copy.get(identityId));
  }
}
