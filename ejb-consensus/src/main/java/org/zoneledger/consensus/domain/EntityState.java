package org.zoneledger.consensus.domain;

import org.zoneledger.protocol.message.EntityKey;

/**
 * The committed state of one ledger entity (an identity, an asset type, an asset or account, a
 * claim …) as every validator holds it. Immutable. Two nodes that applied the same proofs hold
 * states with equal {@link #canonicalBytes()}, which is what the state digest compares.
 */
public interface EntityState {

  EntityKey key();

  /** A deterministic encoding of the whole state (versioned, independent of JVM and locale). */
  byte[] canonicalBytes();
}
