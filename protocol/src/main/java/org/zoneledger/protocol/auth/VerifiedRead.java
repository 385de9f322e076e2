package org.zoneledger.protocol.auth;

/**
 * An authenticated GET whose signature verified. {@code principal} is the effective reader (the
 * delegator when a delegate signed).
 */
public record VerifiedRead(ReadTarget target, SignatureEntry authentication) {
  public String principal() {
    return authentication.identityId();
  }

  public String readRequestId() {
    return target.query().get("requestId");
  }
}
