package org.zoneledger.consensus.domain.drme;

import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.RequestId;

/**
 * The lock a request holds on an entity from its COMMIT vote until its DECIDE: the request (by id
 * and body digest) and the digest of the change the validator approved.
 */
public record Reservation(RequestId requestId, Bytes requestDigest, Bytes changeDigest) {}
