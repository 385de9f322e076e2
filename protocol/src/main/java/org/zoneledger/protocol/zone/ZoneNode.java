package org.zoneledger.protocol.zone;

import org.zoneledger.protocol.message.NodeId;

/**
 * One node of the zone: its id, its P-256 public key (base64url of the DER X.509
 * SubjectPublicKeyInfo, the text {@code /node-info} publishes) and the base URL of its HTTP API.
 */
public record ZoneNode(NodeId id, String publicKey, String apiUrl) {}
