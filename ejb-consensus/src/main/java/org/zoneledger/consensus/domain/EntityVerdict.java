package org.zoneledger.consensus.domain;

import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.RollbackReason;

/** One validator's verdict on one entity of a request: what it will sign in its vote. */
public sealed interface EntityVerdict {

  /** The request may change the entity; {@code changeDigest} identifies the change. */
  record Commit(Bytes changeDigest) implements EntityVerdict {}

  /** The request must not change the entity, and why (reaches the client as the error). */
  record Rollback(RollbackReason reason) implements EntityVerdict {}
}
