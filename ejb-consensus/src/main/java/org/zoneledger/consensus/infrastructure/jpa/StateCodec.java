package org.zoneledger.consensus.infrastructure.jpa;

import org.zoneledger.consensus.domain.EntityState;
import org.zoneledger.protocol.message.EntityKey;

/**
 * Reads a committed entity state back from its {@link EntityState#canonicalBytes()}, the form the
 * entity store keeps. Must be the exact inverse: {@code decode(k, s.canonicalBytes())} equals
 * {@code s}, or two nodes' state digests could drift after a restart.
 */
@FunctionalInterface
public interface StateCodec {

  EntityState decode(EntityKey key, byte[] canonicalBytes);
}
