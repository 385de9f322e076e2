package org.zoneledger.protocol.proof;

import org.zoneledger.protocol.message.EntityKey;

/**
 * Which ledger entity holds an identity, so that its history (creation, delegations) can be found
 * in the proofmesh.
 */
@FunctionalInterface
public interface IdentityKeyScheme {

  /**
   * The ledger's scheme, {@code identity:<identityId>}, as the consensus module's {@code
   * LedgerKey.IdentityKey} writes it.
   */
  IdentityKeyScheme LEDGER = identityId -> new EntityKey("identity:" + identityId);

  EntityKey entityOf(String identityId);
}
