package org.zoneledger.consensus.domain.drme;

import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.RequestId;
import org.zoneledger.protocol.request.RequestType;

/**
 * The read model's history of each entity: which committed requests changed it, in the order this
 * node applied them. Written with the change, in the batch's transaction.
 */
public interface HistoryStore {

  void committed(RequestId requestId, EntityKey entity, RequestType type);
}
