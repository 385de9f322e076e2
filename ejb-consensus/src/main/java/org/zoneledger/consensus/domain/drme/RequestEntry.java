package org.zoneledger.consensus.domain.drme;

import java.util.List;
import java.util.Objects;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.drme.Beacon;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.message.RequestId;

/**
 * A sequenced request as this node's coordinator role knows it: the first copy in the log, the
 * entities it touches (empty when the ledger rejected it), where and when it was sequenced, the
 * beacon at its offset (for the elections of later rounds), its current round and that round's
 * coordinator, and whether this node already sent a proof for it.
 */
public record RequestEntry(
    RequestId id,
    Bytes bodyDigest,
    VerifiedRequest request,
    List<EntityKey> entities,
    LogPosition sequenced,
    Beacon beacon,
    int round,
    NodeId coordinator,
    boolean proofSent) {
  public RequestEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(bodyDigest, "bodyDigest");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(sequenced, "sequenced");
    Objects.requireNonNull(beacon, "beacon");
    Objects.requireNonNull(coordinator, "coordinator");
    entities = List.copyOf(entities);
  }

  public RequestEntry inRound(int newRound, NodeId newCoordinator) {
    return new RequestEntry(
        id, bodyDigest, request, entities, sequenced, beacon, newRound, newCoordinator, false);
  }

  public RequestEntry withProofSent() {
    return new RequestEntry(
        id, bodyDigest, request, entities, sequenced, beacon, round, coordinator, true);
  }
}
