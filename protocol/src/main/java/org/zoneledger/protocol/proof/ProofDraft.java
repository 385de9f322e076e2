package org.zoneledger.protocol.proof;

import java.util.List;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.ClientSignature;
import org.zoneledger.protocol.message.EntityLink;
import org.zoneledger.protocol.message.RequestId;

/**
 * What a coordinator knows of a request before the votes: the raw body and its authorisations as
 * received, the round it coordinates, and one link per entity of its PREPAREs.
 */
public record ProofDraft(
    RequestId requestId,
    int round,
    Bytes requestBody,
    List<ClientSignature> clientSignatures,
    List<EntityLink> links) {
  public ProofDraft {
    clientSignatures = List.copyOf(clientSignatures);
    links = List.copyOf(links);
  }
}
