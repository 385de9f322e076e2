package org.zoneledger.consensus.infrastructure.kafka;

import org.zoneledger.protocol.auth.RequestVerifier;
import org.zoneledger.protocol.auth.VerifiedRequest;

/**
 * The checks a node applies to a {@link ClientEnvelope} when it reads it from the {@code requests}
 * log: those of the receiving API (spec §3.7 steps 1–4, in the mode of the path it came in on) that
 * need no registered identity ({@link RequestVerifier#checkWithoutSigners}). They read nothing but
 * the record, so every node refuses exactly the same records and sequences exactly the same
 * requests, whatever identities it has applied so far — the beacon, the elections and the request
 * store of every node stay equal. The signers' keys and delegations are checked by the validators
 * against the committed identities ({@link
 * org.zoneledger.consensus.domain.LedgerRules#signerProblem}).
 */
public final class EnvelopeVerifier {
  private EnvelopeVerifier() {}

  /**
   * The request, parsed and checked without its signers.
   *
   * @throws org.zoneledger.protocol.error.ProtocolException naming the first problem found
   */
  public static VerifiedRequest checkWithoutSigners(ClientEnvelope envelope) {
    return RequestVerifier.checkWithoutSigners(
        envelope.mode(),
        envelope.requestId().value(),
        envelope.body().toArray(),
        envelope.headers());
  }
}
