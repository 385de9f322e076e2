package org.zoneledger.client.proof;

import org.zoneledger.protocol.message.Proof;
import org.zoneledger.protocol.proof.ClientKeys;
import org.zoneledger.protocol.proof.ProofVerification;
import org.zoneledger.protocol.proof.ProofVerifier;
import org.zoneledger.protocol.zone.ZoneDescriptor;

/**
 * Verifies a native proof offline with nothing but the zone descriptor and the clients' keys, by
 * calling the protocol module's {@link ProofVerifier} (signatures of client, votes and coordinator,
 * and the majority). The HTTP API of spec v1 serves only the iov42 view; a native proof reaches the
 * client as bytes from elsewhere (an export, a future native endpoint).
 */
public final class OfflineProofs {
  private OfflineProofs() {}

  /**
   * Decodes and verifies a native proof.
   *
   * @throws org.zoneledger.protocol.message.MessageDecodingException when the bytes are not a proof
   */
  public static ProofVerification verifyNativeProof(
      ZoneDescriptor zone, byte[] encodedProof, ClientKeys clientKeys) {
    Proof proof = Proof.decode(encodedProof);
    return new ProofVerifier(zone.membership()).verify(proof, clientKeys);
  }
}
