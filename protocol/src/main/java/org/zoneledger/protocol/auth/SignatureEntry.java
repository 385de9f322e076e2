package org.zoneledger.protocol.auth;

import java.util.Objects;

/**
 * One signature object of an {@code X-IOV42-*} header (spec §3.1). {@code signature} is kept as the
 * base64url text received, because the PUT authentication signs the joined texts. {@code
 * delegateIdentityId} is null unless a delegate signed on behalf of {@code identityId}.
 */
public record SignatureEntry(
    String identityId, String protocolId, String signature, String delegateIdentityId) {
  public SignatureEntry {
    Objects.requireNonNull(identityId);
    Objects.requireNonNull(protocolId);
    Objects.requireNonNull(signature);
  }

  /** The identity whose key produced the signature: the delegate when delegated. */
  public String signer() {
    return delegateIdentityId != null ? delegateIdentityId : identityId;
  }

  public boolean isDelegated() {
    return delegateIdentityId != null;
  }

  /**
   * How the signature counts, for messages: {@code 'alice'} or {@code 'alice' via delegate 'bot'}.
   */
  public String describe() {
    return isDelegated()
        ? "'" + identityId + "' via delegate '" + delegateIdentityId + "'"
        : "'" + identityId + "'";
  }
}
