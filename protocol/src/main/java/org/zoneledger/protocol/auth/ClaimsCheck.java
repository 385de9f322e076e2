package org.zoneledger.protocol.auth;

import java.util.Map;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;
import org.zoneledger.protocol.request.ClaimHash;
import org.zoneledger.protocol.request.CreateClaims;
import org.zoneledger.protocol.request.LedgerRequest;

/**
 * The {@code X-IOV42-Claims} duties of spec §3.5: every plaintext given hashes to its key; a claims
 * request gives the plaintext of every claim it creates. Whether an endorsement creates a claim
 * (and then needs its plaintext) depends on the ledger and is the validator's check.
 */
final class ClaimsCheck {
  private ClaimsCheck() {}

  static void check(LedgerRequest request, Map<String, String> plaintextByHash) {
    if (!request.type().carriesClaimsHeader() && !plaintextByHash.isEmpty()) {
      throw new ProtocolException(
          ErrorCode.MALFORMED_HEADER,
          "Header X-IOV42-Claims is only allowed on claim and endorsement requests");
    }
    plaintextByHash.forEach(ClaimHash::requireMatch);
    if (request instanceof CreateClaims claims) {
      for (String hash : claims.claims()) {
        if (!plaintextByHash.containsKey(hash)) {
          throw new ProtocolException(
              ErrorCode.CLAIM_PLAINTEXT_MISSING,
              "Header X-IOV42-Claims lacks the plaintext of claim " + hash);
        }
      }
    }
  }
}
