package org.zoneledger.web.v1;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.PublicKey;
import java.util.Objects;
import org.zoneledger.protocol.crypto.Base64Url;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.message.NodeId;

/**
 * The body of {@code GET /api/v1/node-info} (spec §8.1): the node's id and the public half of the
 * P-256 key that signs its votes, as base64url X.509 SPKI under {@code SHA256WithECDSA} — the only
 * node key type, and one both SDKs parse.
 */
record NodeInfo(NodeId nodeId, PublicKey key) {
  private static final ObjectMapper JSON = new ObjectMapper();

  NodeInfo {
    Objects.requireNonNull(nodeId, "nodeId");
    Objects.requireNonNull(key, "key");
  }

  String json() {
    ObjectNode body = JSON.createObjectNode();
    body.put("nodeId", nodeId.value());
    body.putObject("publicCredentials")
        .put("key", Base64Url.encode(key.getEncoded()))
        .put("protocolId", SignatureAlgorithm.P256_SHA256.protocolId());
    return body.toString();
  }
}
