package org.zoneledger.protocol.request;

import java.util.Objects;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;

/**
 * A public key as it travels (spec §2.2): {@code key} is the base64url X.509 SPKI text exactly as
 * received (returned by string equality), {@code protocolId} the wire protocol id.
 */
public record PublicCredentials(String key, String protocolId) {
  public PublicCredentials {
    Objects.requireNonNull(key);
    Objects.requireNonNull(protocolId);
  }

  /** The algorithm named by {@code protocolId}; throws the typed error when unknown. */
  public SignatureAlgorithm algorithm() {
    return SignatureAlgorithm.fromProtocolId(protocolId);
  }
}
