package org.zoneledger.consensus.infrastructure.kafka;

import org.zoneledger.protocol.auth.IdentityDirectory;
import org.zoneledger.protocol.auth.RequestVerifier;
import org.zoneledger.protocol.auth.VerificationMode;
import org.zoneledger.protocol.auth.VerifiedRequest;

/**
 * Verifies a {@link ClientEnvelope} on this node as the receiving API did (spec §3.7 steps 1–4, in
 * the mode of the path it came in on), against this node's own {@link IdentityDirectory}: no node
 * trusts another node's API. Thread-safe.
 */
public final class EnvelopeVerifier {
  private final RequestVerifier iov42;
  private final RequestVerifier nativePaths;

  public EnvelopeVerifier(IdentityDirectory directory) {
    this.iov42 = new RequestVerifier(directory, VerificationMode.IOV42);
    this.nativePaths = new RequestVerifier(directory, VerificationMode.NATIVE);
  }

  /**
   * The verified request.
   *
   * @throws org.zoneledger.protocol.error.ProtocolException naming the first problem found; any
   *     other exception is a failure of this node (its directory), not of the request
   */
  public VerifiedRequest verify(ClientEnvelope envelope) {
    RequestVerifier verifier = envelope.mode() == VerificationMode.IOV42 ? iov42 : nativePaths;
    return verifier.verify(
        envelope.requestId().value(), envelope.body().toArray(), envelope.headers());
  }
}
