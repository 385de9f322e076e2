package org.zoneledger.protocol.proof;

import java.util.Objects;
import java.util.Optional;
import org.zoneledger.protocol.message.Bytes;

/**
 * Whether the proofmesh registers {@code delegateId} as a delegate of {@code delegatorId}: the hash
 * of the verified COMMIT proof of their {@code AddDelegateRequest}, or why there is none.
 */
public record DerivedDelegation(
    String delegatorId, String delegateId, Optional<Bytes> proof, Optional<String> problem) {
  public DerivedDelegation {
    Objects.requireNonNull(delegatorId);
    Objects.requireNonNull(delegateId);
    if (proof.isPresent() == problem.isPresent()) {
      throw new IllegalArgumentException("either a proof or a problem");
    }
  }

  public boolean registered() {
    return proof.isPresent();
  }

  static DerivedDelegation of(String delegatorId, String delegateId, Bytes proof) {
    return new DerivedDelegation(delegatorId, delegateId, Optional.of(proof), Optional.empty());
  }

  static DerivedDelegation refused(String delegatorId, String delegateId, String problem) {
    return new DerivedDelegation(delegatorId, delegateId, Optional.empty(), Optional.of(problem));
  }
}
