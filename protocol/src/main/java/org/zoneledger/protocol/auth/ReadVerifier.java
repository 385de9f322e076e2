package org.zoneledger.protocol.auth;

import static java.nio.charset.StandardCharsets.UTF_8;

import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;
import org.zoneledger.protocol.request.Ids;

/**
 * Verifies an authenticated GET (spec §3.4, §6.1): the {@code X-IOV42-Authentication} signature
 * over the raw request target, delegation, the read {@code requestId} and the {@code nodeId} of the
 * serving node. Thread-safe.
 */
public final class ReadVerifier {
  private static final String WRONG_NODE =
      "Given node identity does not match the current node's identity";

  private final SignatureChecker checker;
  private final String nodeId;

  public ReadVerifier(IdentityDirectory directory, VerificationMode mode, String nodeId) {
    this.checker = new SignatureChecker(directory, mode, new SignatureCache(100_000));
    this.nodeId = nodeId;
  }

  /**
   * Verifies one GET.
   *
   * @param rawTarget path and query exactly as received, e.g. {@code
   *     /api/v1/identities/alice?requestId=r1&nodeId=node1}
   * @param authentication the raw {@code X-IOV42-Authentication} value
   * @throws ProtocolException with the code of the first problem ({@link ErrorCode#WRONG_NODE} =
   *     1901 for another node's id)
   */
  public VerifiedRead verify(String rawTarget, String authentication) {
    ReadTarget target = ReadTarget.parse(rawTarget);
    if (!target.endpoint().authenticated()) {
      throw new ProtocolException(
          ErrorCode.INVALID_FIELD, target.endpoint() + " is read without authentication");
    }
    Ids.require("requestId (query)", target.query().get("requestId"));
    String givenNode = target.query().get("nodeId");
    if (!nodeId.equals(givenNode)) {
      throw new ProtocolException(ErrorCode.WRONG_NODE, WRONG_NODE);
    }
    SignatureEntry entry = HeaderCodec.authentication(authentication);
    checker.check(
        entry,
        rawTarget.getBytes(UTF_8),
        "the read authentication",
        checker.registeredKeys(entry.signer()),
        ErrorCode.AUTHENTICATION_FAILED);
    return new VerifiedRead(target, entry);
  }
}
