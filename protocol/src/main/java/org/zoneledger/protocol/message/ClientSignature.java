package org.zoneledger.protocol.message;

import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the request's {@code X-IOV42-Authorisations} header as the client sent it (spec
 * §3.1): the principal, the protocol id, the base64url signature text over the raw body, and the
 * delegate whose key signed when delegated. Kept as text so the iov42 view and the authentication
 * signature (over the {@code ;}-joined strings) see exactly the client's strings.
 */
public record ClientSignature(
    String identityId, String protocolId, String signature, Optional<String> delegateIdentityId) {
  public ClientSignature {
    requireText("identityId", identityId);
    requireText("protocolId", protocolId);
    requireText("signature", signature);
    Objects.requireNonNull(delegateIdentityId, "delegateIdentityId");
    delegateIdentityId.ifPresent(id -> requireText("delegateIdentityId", id));
  }

  /** The identity whose key made the signature: the delegate when delegated. */
  public String signer() {
    return delegateIdentityId.orElse(identityId);
  }

  private static void requireText(String what, String value) {
    Objects.requireNonNull(value, what);
    if (value.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
  }

  static void write(CanonicalWriter out, ClientSignature signature) {
    out.string(signature.identityId)
        .string(signature.protocolId)
        .string(signature.signature)
        .optional(signature.delegateIdentityId, CanonicalWriter::string);
  }

  static ClientSignature read(CanonicalReader in) {
    String identityId = in.string();
    String protocolId = in.string();
    String signature = in.string();
    Optional<String> delegate = in.optional(CanonicalReader::string);
    return CanonicalReader.field(
        "client signature", () -> new ClientSignature(identityId, protocolId, signature, delegate));
  }
}
