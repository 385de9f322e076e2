package org.zoneledger.protocol.proof;

import java.util.Objects;
import java.util.Optional;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.request.PublicCredentials;

/**
 * An identity's public key as the proofmesh establishes it: the credentials of the body of the
 * verified COMMIT proof that created the identity, and that proof's hash; or why there is none.
 */
public record DerivedKey(
    String identityId,
    Optional<PublicCredentials> credentials,
    Optional<Bytes> creationProof,
    Optional<String> problem) {
  public DerivedKey {
    Objects.requireNonNull(identityId);
    if (credentials.isPresent() == problem.isPresent()
        || credentials.isPresent() != creationProof.isPresent()) {
      throw new IllegalArgumentException("either credentials and their proof, or a problem");
    }
  }

  static DerivedKey of(String identityId, PublicCredentials credentials, Bytes creationProof) {
    return new DerivedKey(
        identityId, Optional.of(credentials), Optional.of(creationProof), Optional.empty());
  }

  static DerivedKey refused(String identityId, String problem) {
    return new DerivedKey(identityId, Optional.empty(), Optional.empty(), Optional.of(problem));
  }
}
