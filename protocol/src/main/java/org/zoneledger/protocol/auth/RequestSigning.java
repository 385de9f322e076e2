package org.zoneledger.protocol.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zoneledger.protocol.request.LedgerRequest;
import org.zoneledger.protocol.request.PropertyOrder;
import org.zoneledger.protocol.request.RequestWriter;

/**
 * Signs a command as the iov42 SDKs do (spec §3.2, §3.3): each authoriser signs the exact body
 * bytes, the authenticator signs the authorisation signature texts joined with {@code ;}.
 */
public final class RequestSigning {
  private RequestSigning() {}

  /**
   * @param claimsHeader the {@code X-IOV42-Claims} value, or null to send none
   */
  public static SignedPut sign(
      LedgerRequest request,
      PropertyOrder order,
      List<Signatory> authorisers,
      Signatory authenticator,
      String claimsHeader) {
    return sign(
        request, RequestWriter.write(request, order), authorisers, authenticator, claimsHeader);
  }

  /** Signs already written body bytes (they must be the bytes of {@code request}). */
  public static SignedPut sign(
      LedgerRequest request,
      byte[] body,
      List<Signatory> authorisers,
      Signatory authenticator,
      String claimsHeader) {
    if (authorisers.isEmpty()) {
      throw new IllegalArgumentException("A command needs at least one authorisation");
    }
    List<SignatureEntry> authorisations = new ArrayList<>();
    for (Signatory authoriser : authorisers) {
      authorisations.add(authoriser.sign(body));
    }
    SignatureEntry authentication =
        authenticator.sign(RequestVerifier.joinedSignatures(authorisations));
    return new SignedPut(
        request,
        body,
        new Iov42Headers(
            HeaderCodec.encodeAuthorisations(authorisations),
            HeaderCodec.encodeAuthentication(authentication),
            claimsHeader));
  }

  /** The claims header for a map hash → plaintext. */
  public static String claimsHeader(Map<String, String> plaintextByHash) {
    return HeaderCodec.encodeClaims(plaintextByHash);
  }
}
