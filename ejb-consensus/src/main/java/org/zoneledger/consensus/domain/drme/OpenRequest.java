package org.zoneledger.consensus.domain.drme;

import org.zoneledger.protocol.message.RequestId;

/**
 * An undecided request as a round time-out scan sees it: no body, no entities, nothing decoded.
 *
 * @param logTime the request's log timestamp, from which its round deadlines count
 */
public record OpenRequest(RequestId id, long logTime, int round) {}
