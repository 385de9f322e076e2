package org.zoneledger.protocol.proof;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zoneledger.protocol.request.PublicCredentials;

/**
 * What a proof verifier needs to know about clients: the public key of the identity that made a
 * client signature (the delegate when the signature is delegated) and whether a delegate was
 * registered for its delegator.
 *
 * <p><b>Contract.</b> For the verification to mean what it says to a third party, the answers must
 * come from the proofmesh itself, never from a node's say-so: an identity's key is the {@code
 * publicCredentials} of the body of the verified COMMIT proof of the {@code IssueIdentityRequest}
 * or {@code CreateIdentityRequest} that created it (keys are never changed afterwards, and are kept
 * as the exact text received); a delegation exists when a verified COMMIT proof of an {@code
 * AddDelegateRequest} naming both identities exists. A third party holding the zone descriptor
 * obtains both by verifying those proofs with {@link ProofVerifier} / {@link
 * EntityHistoryVerifier}; {@link ProofmeshClientKeys} does exactly that from a {@link ProofStore}.
 * A node may answer from its read model, which it builds from the same committed proofs.
 */
public interface ClientKeys {
  Optional<PublicCredentials> credentialsOf(String identityId);

  /** Whether {@code delegateId} is a registered delegate of {@code delegatorId}. */
  boolean isDelegate(String delegatorId, String delegateId);

  /** Why {@link #credentialsOf} has no key for {@code identityId}, for a verifier's message. */
  default String missingKeyReason(String identityId) {
    return "no public key known for " + identityId;
  }

  /** Why {@link #isDelegate} is false for the pair, for a verifier's message. */
  default String missingDelegationReason(String delegatorId, String delegateId) {
    return delegateId + " is not a registered delegate of " + delegatorId;
  }

  /** Keys by identity id, no delegations. */
  static ClientKeys of(Map<String, PublicCredentials> keys) {
    return of(keys, Map.of());
  }

  /** Keys by identity id, and the delegate ids registered for each delegator id. */
  static ClientKeys of(Map<String, PublicCredentials> keys, Map<String, Set<String>> delegates) {
    Map<String, PublicCredentials> keyCopy = Map.copyOf(keys);
    Map<String, Set<String>> delegateCopy = Map.copyOf(delegates);
    return new ClientKeys() {
      @Override
      public Optional<PublicCredentials> credentialsOf(String identityId) {
        return Optional.ofNullable(keyCopy.get(identityId));
      }

      @Override
      public boolean isDelegate(String delegatorId, String delegateId) {
        return delegateCopy.getOrDefault(delegatorId, Set.of()).contains(delegateId);
      }
    };
  }
}
