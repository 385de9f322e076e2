package org.zoneledger.consensus.domain.drme;

import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.RequestId;

/** Finds the request a PREPARE or a queued entry names: the node's own entry, else the log. */
final class RequestLookup {
  private RequestLookup() {}

  static VerifiedRequest find(DrmeNode node, NodeStores stores, RequestId id, Bytes bodyDigest) {
    return stores
        .requests()
        .find(id)
        .filter(entry -> entry.bodyDigest().equals(bodyDigest))
        .map(RequestEntry::request)
        .or(() -> node.requestSource().find(id, bodyDigest))
        .orElseThrow(() -> new RequestUnavailableException(id));
  }
}
