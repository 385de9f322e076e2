package org.zoneledger.consensus.domain.drme;

import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.RequestId;

/**
 * A PREPARE waiting for a locked entity: the request (by id and body digest) and the log timestamp
 * of the PREPARE that queued it, from which its age is measured in log time.
 */
public record QueuedPrepare(RequestId requestId, Bytes requestDigest, long queuedAt) {}
