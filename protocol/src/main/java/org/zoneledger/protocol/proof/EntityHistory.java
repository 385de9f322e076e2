package org.zoneledger.protocol.proof;

import java.util.List;
import org.zoneledger.protocol.message.Proof;

/**
 * An entity's history as walked: the proofs from the given head back towards the creation (newest
 * first; it stops at the first problem) and the verification of the whole walk.
 */
public record EntityHistory(List<Proof> proofs, ProofVerification verification) {
  public EntityHistory {
    proofs = List.copyOf(proofs);
  }
}
