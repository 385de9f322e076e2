package org.zoneledger.consensus.domain.ledger;

import static org.zoneledger.protocol.error.ErrorCode.ENDORSEMENT_INVALID;

import java.util.Map;
import java.util.Optional;
import org.zoneledger.protocol.auth.SignatureEntry;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.crypto.Base64Url;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.crypto.Signatures;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;
import org.zoneledger.protocol.message.RollbackReason;
import org.zoneledger.protocol.request.CreateEndorsements;
import org.zoneledger.protocol.request.Endorsement;
import org.zoneledger.protocol.request.PublicCredentials;

/**
 * Endorsement signatures (spec §4.2.9, §3.6): each must verify over its endorsement text with a key
 * of the identity that signed the endorser's authorisation (the endorser, or its delegate). Checked
 * by that identity's entity, which holds the keys, so every node decides alike.
 */
final class EndorsementSignatures {
  private EndorsementSignatures() {}

  /** The endorser's authorisation: the first one counting for {@code endorserId}. */
  static SignatureEntry endorserAuthorisation(
      CreateEndorsements request, VerifiedRequest verified) {
    return verified.authorisations().stream()
        .filter(a -> a.identityId().equals(request.endorserId()))
        .findFirst()
        .orElseThrow(
            () ->
                new ProtocolException(
                    ErrorCode.MISSING_AUTHORISATION,
                    "The endorser '"
                        + request.endorserId()
                        + "' must authorise its endorsement request"));
  }

  static Optional<RollbackReason> check(CreateEndorsements request, IdentityState signer) {
    for (Map.Entry<String, String> endorsement : request.endorsements().entrySet()) {
      if (!verifies(request, endorsement.getKey(), endorsement.getValue(), signer)) {
        return Refusal.of(
            ENDORSEMENT_INVALID,
            "The endorsement of claim "
                + endorsement.getKey()
                + " does not verify over '"
                + Endorsement.signedText(request.subject(), endorsement.getKey())
                + "' with the key of '"
                + signer.identityId()
                + "'");
      }
    }
    return Refusal.none();
  }

  private static boolean verifies(
      CreateEndorsements request, String hash, String signature, IdentityState signer) {
    byte[] text = Endorsement.signedBytes(request.subject(), hash);
    for (PublicCredentials credentials : signer.credentials()) {
      try {
        SignatureAlgorithm algorithm = SignatureAlgorithm.fromProtocolId(credentials.protocolId());
        if (Signatures.verify(
            algorithm,
            Signatures.decodePublicKey(algorithm, Base64Url.decode(credentials.key())),
            text,
            Base64Url.decode(signature))) {
          return true;
        }
      } catch (ProtocolException e) {
        // an undecodable signature or key verifies nothing; try the next key
      }
    }
    return false;
  }
}
