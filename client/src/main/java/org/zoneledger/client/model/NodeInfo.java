package org.zoneledger.client.model;

import org.zoneledger.protocol.request.PublicCredentials;

/** {@code GET /api/v1/node-info} (spec §8.1). */
public record NodeInfo(String nodeId, PublicCredentials publicCredentials) {}
