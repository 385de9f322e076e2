package org.zoneledger.consensus.domain.drme;

import java.util.Optional;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.RequestId;

/**
 * Where a validator reads the request a PREPARE names: the first copy of {@code id} on the {@code
 * requests} topic whose body has SHA-256 {@code bodyDigest}. The engine asks its own {@link
 * RequestStore} first; this is the fallback for a PREPARE read before the node's coordinator role
 * sequenced the request (the production implementation reads the record from the partition the
 * requestId hashes to, and verifies it as the API did).
 */
@FunctionalInterface
public interface RequestSource {

  Optional<VerifiedRequest> find(RequestId id, Bytes bodyDigest);
}
