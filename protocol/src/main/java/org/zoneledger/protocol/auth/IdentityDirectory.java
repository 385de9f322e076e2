package org.zoneledger.protocol.auth;

import java.util.List;
import org.zoneledger.protocol.request.PublicCredentials;

/**
 * What the verifiers need to know about registered identities. Implemented by the server's read
 * model and by test fakes; implementations must be thread-safe.
 */
public interface IdentityDirectory {

  /** The registered keys of {@code identityId}, exactly as registered; empty when it is unknown. */
  List<PublicCredentials> credentials(String identityId);

  /** Whether {@code delegateId} is a registered delegate of {@code delegatorId}. */
  boolean isDelegate(String delegatorId, String delegateId);
}
