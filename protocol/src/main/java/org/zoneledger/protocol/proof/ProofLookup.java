package org.zoneledger.protocol.proof;

import java.util.Optional;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.Proof;

/** Finds a stored proof by its {@link Proof#hash()}. */
@FunctionalInterface
public interface ProofLookup {
  Optional<Proof> byHash(Bytes proofHash);
}
