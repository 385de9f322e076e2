package org.zoneledger.consensus.domain;

import java.util.List;
import java.util.Optional;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.message.EntityKey;

/**
 * The ledger's rules, entity by entity. Every method is pure and deterministic: every node calls it
 * with the same arguments in the same log order and must reach the same result. A rule may look
 * only at the request and at the one entity it is asked about — never at other entities' state,
 * which may be in flight in another partition.
 */
public interface LedgerRules {

  /**
   * The entities the request touches (one PREPARE each), each once, in canonical order. Rejects a
   * request that touches no entity or is malformed for the ledger with a {@link
   * org.zoneledger.protocol.error.ProtocolException}.
   */
  List<EntityKey> touchedEntities(VerifiedRequest request);

  /**
   * The verdict for {@code entity} given its current committed state ({@code empty} when it does
   * not exist yet).
   */
  EntityVerdict check(VerifiedRequest request, EntityKey entity, Optional<EntityState> current);

  /**
   * The entity's state once the request has committed. Only called after {@link #check} gave {@link
   * EntityVerdict.Commit} for the same state.
   */
  EntityState apply(VerifiedRequest request, EntityKey entity, Optional<EntityState> current);
}
