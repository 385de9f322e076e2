package org.zoneledger.protocol.proof;

import java.util.Objects;

/**
 * A client's public key as registered (spec §2.2): base64url of the DER SubjectPublicKeyInfo, kept
 * as the exact text received, and its {@code protocolId}.
 */
public record PublicCredentials(String key, String protocolId) {
  public PublicCredentials {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(protocolId, "protocolId");
  }
}
