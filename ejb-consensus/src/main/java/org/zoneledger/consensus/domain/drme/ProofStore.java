package org.zoneledger.consensus.domain.drme;

import java.util.Optional;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.Proof;
import org.zoneledger.protocol.message.RequestId;

/**
 * The node's copy of the proofmesh, and which proof decided each (request, entity) here: the first
 * valid DECIDE for an entity wins, a later one (another round's coordinator) is ignored.
 */
public interface ProofStore {

  void put(Proof proof);

  Optional<Proof> find(Bytes proofHash);

  /** The hash of the proof applied to {@code entity} for {@code requestId}, if decided here. */
  Optional<Bytes> appliedOn(RequestId requestId, EntityKey entity);

  void markApplied(RequestId requestId, EntityKey entity, Bytes proofHash);
}
