package org.zoneledger.protocol.auth;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;
import org.zoneledger.protocol.request.CreateEndorsements;
import org.zoneledger.protocol.request.CreateIdentity;
import org.zoneledger.protocol.request.Ids;
import org.zoneledger.protocol.request.IssueIdentity;
import org.zoneledger.protocol.request.ParsedRequest;
import org.zoneledger.protocol.request.PublicCredentials;
import org.zoneledger.protocol.request.RequestParser;

/**
 * Verifies a PUT as spec §3.7 steps 1–4 say: body parsed once from its raw bytes, requestId of path
 * and body equal, every authorisation over the raw body, the authentication over the {@code
 * ;}-joined authorisation signatures, claim plaintexts against their hashes, endorsement signatures
 * with the endorser's key. Who must sign what (§3.8) needs ledger state and is decided by {@code
 * org.zoneledger.protocol.rules}. Thread-safe.
 */
public final class RequestVerifier {
  private final SignatureChecker checker;

  public RequestVerifier(IdentityDirectory directory, VerificationMode mode) {
    this.checker = new SignatureChecker(directory, mode);
  }

  /**
   * Verifies one PUT.
   *
   * @throws ProtocolException carrying the error code of the first problem found
   */
  public VerifiedRequest verify(String pathRequestId, byte[] body, Iov42Headers headers) {
    Ids.require("requestId (path)", pathRequestId);
    ParsedRequest parsed = RequestParser.parse(body);
    if (!parsed.request().requestId().equals(pathRequestId)) {
      throw new ProtocolException(
          ErrorCode.REQUEST_ID_MISMATCH,
          "The body's requestId '"
              + parsed.request().requestId()
              + "' differs from the one in the path '"
              + pathRequestId
              + "'");
    }
    bodyCredentials(parsed).forEach(checker::requireUsable);
    List<SignatureEntry> authorisations = HeaderCodec.authorisations(headers.authorisations());
    SignatureEntry authentication = HeaderCodec.authentication(headers.authentication());
    Map<String, String> claims = HeaderCodec.claims(headers.claims());

    for (SignatureEntry authorisation : authorisations) {
      checker.check(
          authorisation,
          body,
          "the authorisation",
          keysOf(authorisation, parsed),
          ErrorCode.SIGNATURE_INVALID);
    }
    checker.check(
        authentication,
        joinedSignatures(authorisations),
        "the authentication",
        keysOf(authentication, parsed),
        ErrorCode.AUTHENTICATION_FAILED);
    ClaimsCheck.check(parsed.request(), claims);
    if (parsed.request() instanceof CreateEndorsements endorsements) {
      EndorsementCheck.check(endorsements, authorisations, checker);
    }
    return new VerifiedRequest(parsed, authorisations, authentication, claims);
  }

  /** The data the PUT authentication signs: the signature texts joined with {@code ;}. */
  public static byte[] joinedSignatures(List<SignatureEntry> authorisations) {
    List<String> signatures = new ArrayList<>();
    authorisations.forEach(a -> signatures.add(a.signature()));
    return String.join(";", signatures).getBytes(UTF_8);
  }

  /** The self-issuing identity's key comes from the body (it is not registered yet). */
  private List<PublicCredentials> keysOf(SignatureEntry entry, ParsedRequest parsed) {
    if (parsed.request() instanceof IssueIdentity issue
        && !entry.isDelegated()
        && entry.identityId().equals(issue.identityId())) {
      return List.of(issue.publicCredentials());
    }
    return checker.registeredKeys(entry.signer());
  }

  private static List<PublicCredentials> bodyCredentials(ParsedRequest parsed) {
    if (parsed.request() instanceof IssueIdentity issue) {
      return List.of(issue.publicCredentials());
    }
    if (parsed.request() instanceof CreateIdentity create) {
      return List.of(create.publicCredentials());
    }
    return List.of();
  }
}
