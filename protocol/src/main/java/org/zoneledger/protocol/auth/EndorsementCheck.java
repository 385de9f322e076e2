package org.zoneledger.protocol.auth;

import java.util.List;
import java.util.Map;
import org.zoneledger.protocol.crypto.Base64Url;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;
import org.zoneledger.protocol.request.CreateEndorsements;
import org.zoneledger.protocol.request.Endorsement;
import org.zoneledger.protocol.request.PublicCredentials;

/**
 * Endorsement signatures (spec §4.2.9, §3.6): each must verify over its endorsement text with the
 * key of whoever signed the endorser's authorisation — the endorser, or its delegate.
 */
final class EndorsementCheck {
  private EndorsementCheck() {}

  static void check(
      CreateEndorsements request, List<SignatureEntry> authorisations, SignatureChecker checker) {
    List<SignatureEntry> byEndorser =
        authorisations.stream().filter(a -> a.identityId().equals(request.endorserId())).toList();
    if (byEndorser.isEmpty()) {
      throw new ProtocolException(
          ErrorCode.MISSING_AUTHORISATION,
          "The endorser '" + request.endorserId() + "' must authorise its endorsement request");
    }
    for (Map.Entry<String, String> endorsement : request.endorsements().entrySet()) {
      if (!verifiesWithAny(request, endorsement, byEndorser, checker)) {
        throw new ProtocolException(
            ErrorCode.ENDORSEMENT_INVALID,
            "The endorsement of claim "
                + endorsement.getKey()
                + " does not verify over '"
                + Endorsement.signedText(request.subject(), endorsement.getKey())
                + "' with the key of endorser '"
                + request.endorserId()
                + "'");
      }
    }
  }

  private static boolean verifiesWithAny(
      CreateEndorsements request,
      Map.Entry<String, String> endorsement,
      List<SignatureEntry> signers,
      SignatureChecker checker) {
    byte[] text = Endorsement.signedBytes(request.subject(), endorsement.getKey());
    byte[] signature;
    try {
      signature = Base64Url.decode(endorsement.getValue());
    } catch (ProtocolException e) {
      return false;
    }
    for (SignatureEntry signer : signers) {
      for (PublicCredentials credentials : checker.registeredKeys(signer.signer())) {
        SignatureAlgorithm algorithm = checker.algorithm(credentials.protocolId());
        if (checker.verifies(algorithm, credentials, text, signature)) {
          return true;
        }
      }
    }
    return false;
  }
}
