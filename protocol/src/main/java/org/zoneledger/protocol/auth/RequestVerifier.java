package org.zoneledger.protocol.auth;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;
import org.zoneledger.protocol.request.CreateEndorsements;
import org.zoneledger.protocol.request.CreateIdentity;
import org.zoneledger.protocol.request.Ids;
import org.zoneledger.protocol.request.IssueIdentity;
import org.zoneledger.protocol.request.ParsedRequest;
import org.zoneledger.protocol.request.PublicCredentials;
import org.zoneledger.protocol.request.RequestLimits;
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

  /** With a cache of its own (decoded keys and verified signatures), bounded to 100,000 each. */
  public RequestVerifier(IdentityDirectory directory, VerificationMode mode) {
    this(directory, mode, new SignatureCache(100_000));
  }

  /**
   * With a shared {@link SignatureCache}, e.g. one per process for verifiers built per request over
   * different directories (the cache holds nothing a directory decides).
   */
  public RequestVerifier(IdentityDirectory directory, VerificationMode mode, SignatureCache cache) {
    this.checker = new SignatureChecker(directory, mode, cache);
  }

  /**
   * Verifies one PUT.
   *
   * @throws ProtocolException carrying the error code of the first problem found
   */
  public VerifiedRequest verify(String pathRequestId, byte[] body, Iov42Headers headers) {
    Ids.require("requestId (path)", pathRequestId);
    RequestLimits.checkSizes(body, headers);
    ParsedRequest parsed = RequestParser.parse(body);
    requireSameId(parsed, pathRequestId);
    bodyCredentials(parsed).forEach(checker::requireUsable);
    List<SignatureEntry> authorisations = HeaderCodec.authorisations(headers.authorisations());
    SignatureEntry authentication = HeaderCodec.authentication(headers.authentication());
    Map<String, String> claims = HeaderCodec.claims(headers.claims());
    RequestLimits.checkCounts(parsed.request(), authorisations, claims);
    return verified(parsed, body, authorisations, authentication, claims);
  }

  private VerifiedRequest verified(
      ParsedRequest parsed,
      byte[] body,
      List<SignatureEntry> authorisations,
      SignatureEntry authentication,
      Map<String, String> claims) {
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

  private static void requireSameId(ParsedRequest parsed, String pathRequestId) {
    if (!parsed.request().requestId().equals(pathRequestId)) {
      throw new ProtocolException(
          ErrorCode.REQUEST_ID_MISMATCH,
          "The body's requestId '"
              + parsed.request().requestId()
              + "' differs from the one in the path '"
              + pathRequestId
              + "'");
    }
  }

  /**
   * The checks of {@link #verify} that need no registered identity, for a node sequencing requests
   * from a log: every node must reach the same verdict whatever identities it holds. Body parsed,
   * requestId of path and body equal, body keys usable, headers decoded, every signature object
   * naming a protocol id that {@code mode} accepts and carrying base64url, the self-signature of an
   * {@code IssueIdentityRequest} verified with the key in its body, and the claim plaintexts. The
   * signatures of registered identities (keys, delegations) and endorsement signatures are
   * <b>not</b> checked: the result must not be used as an authorised request until {@link
   * #verifySigners} passed on the state the decision is taken on.
   *
   * @throws ProtocolException carrying the error code of the first problem found
   */
  public static VerifiedRequest checkWithoutSigners(
      VerificationMode mode, String pathRequestId, byte[] body, Iov42Headers headers) {
    SignatureChecker formats = new SignatureChecker(NO_IDENTITIES, mode, new SignatureCache(4));
    Ids.require("requestId (path)", pathRequestId);
    RequestLimits.checkSizes(body, headers);
    ParsedRequest parsed = RequestParser.parse(body);
    requireSameId(parsed, pathRequestId);
    bodyCredentials(parsed).forEach(formats::requireUsable);
    List<SignatureEntry> authorisations = HeaderCodec.authorisations(headers.authorisations());
    SignatureEntry authentication = HeaderCodec.authentication(headers.authentication());
    Map<String, String> claims = HeaderCodec.claims(headers.claims());
    RequestLimits.checkCounts(parsed.request(), authorisations, claims);
    for (SignatureEntry authorisation : authorisations) {
      formats.requireWellFormed(authorisation, "the authorisation");
      selfIssuedKey(authorisation, parsed)
          .ifPresent(
              key ->
                  formats.check(
                      authorisation, body, "the authorisation", key, ErrorCode.SIGNATURE_INVALID));
    }
    formats.requireWellFormed(authentication, "the authentication");
    selfIssuedKey(authentication, parsed)
        .ifPresent(
            key ->
                formats.check(
                    authentication,
                    joinedSignatures(authorisations),
                    "the authentication",
                    key,
                    ErrorCode.AUTHENTICATION_FAILED));
    ClaimsCheck.check(parsed.request(), claims);
    return new VerifiedRequest(parsed, authorisations, authentication, claims);
  }

  /**
   * The part of {@link #verify} that reads the directory: every authorisation over the raw body and
   * the authentication over the joined signatures, each with its signer's keys (a delegated one
   * also needs the delegation). For a request that passed {@link #checkWithoutSigners}; protocol
   * ids are checked against this verifier's mode again.
   *
   * @throws ProtocolException carrying the error code of the first problem found ({@code
   *     UNKNOWN_SIGNER} and {@code DELEGATE_NOT_REGISTERED} when the directory lacks the signer or
   *     the delegation)
   */
  public void verifySigners(VerifiedRequest request) {
    byte[] body = request.parsed().body();
    for (SignatureEntry authorisation : request.authorisations()) {
      checker.check(
          authorisation,
          body,
          "the authorisation",
          keysOf(authorisation, request.parsed()),
          ErrorCode.SIGNATURE_INVALID);
    }
    checker.check(
        request.authentication(),
        joinedSignatures(request.authorisations()),
        "the authentication",
        keysOf(request.authentication(), request.parsed()),
        ErrorCode.AUTHENTICATION_FAILED);
  }

  /** The data the PUT authentication signs: the signature texts joined with {@code ;}. */
  public static byte[] joinedSignatures(List<SignatureEntry> authorisations) {
    List<String> signatures = new ArrayList<>();
    authorisations.forEach(a -> signatures.add(a.signature()));
    return String.join(";", signatures).getBytes(UTF_8);
  }

  /** The self-issuing identity's key comes from the body (it is not registered yet). */
  private List<PublicCredentials> keysOf(SignatureEntry entry, ParsedRequest parsed) {
    return selfIssuedKey(entry, parsed).orElseGet(() -> checker.registeredKeys(entry.signer()));
  }

  private static Optional<List<PublicCredentials>> selfIssuedKey(
      SignatureEntry entry, ParsedRequest parsed) {
    if (parsed.request() instanceof IssueIdentity issue
        && !entry.isDelegated()
        && entry.identityId().equals(issue.identityId())) {
      return Optional.of(List.of(issue.publicCredentials()));
    }
    return Optional.empty();
  }

  private static final IdentityDirectory NO_IDENTITIES =
      new IdentityDirectory() {
        @Override
        public List<PublicCredentials> credentials(String identityId) {
          return List.of();
        }

        @Override
        public boolean isDelegate(String delegatorId, String delegateId) {
          return false;
        }
      };

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
