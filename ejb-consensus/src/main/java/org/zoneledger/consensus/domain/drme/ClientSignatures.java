package org.zoneledger.consensus.domain.drme;

import java.util.List;
import java.util.Optional;
import org.zoneledger.protocol.auth.SignatureEntry;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.message.ClientSignature;
import org.zoneledger.protocol.message.RequestId;
import org.zoneledger.protocol.message.Vote;

/** The client authorisations of a request in the forms a proof and a vote seal need. */
final class ClientSignatures {
  private ClientSignatures() {}

  static List<ClientSignature> of(VerifiedRequest request) {
    return request.authorisations().stream().map(ClientSignatures::of).toList();
  }

  /** The text a vote's iov42 seal signs: {@code requestId;sig1;…} ({@link Vote#iov42SealText}). */
  static byte[] sealText(RequestId id, VerifiedRequest request) {
    return Vote.iov42SealText(
        id, request.authorisations().stream().map(SignatureEntry::signature).toList());
  }

  private static ClientSignature of(SignatureEntry entry) {
    return new ClientSignature(
        entry.identityId(),
        entry.protocolId(),
        entry.signature(),
        Optional.ofNullable(entry.delegateIdentityId()));
  }
}
