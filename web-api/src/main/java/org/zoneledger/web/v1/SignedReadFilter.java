package org.zoneledger.web.v1;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import org.zoneledger.protocol.auth.Iov42Headers;
import org.zoneledger.protocol.auth.SignatureEntry;
import org.zoneledger.protocol.auth.VerifiedRead;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;

/**
 * Authenticates every {@link SignedRead} GET (spec §3.4, §3.7, §6.1): {@code
 * X-IOV42-Authentication} must verify over the raw request target ({@link SignedTarget}) with a key
 * of a committed identity of this node, a delegated signature must come from a registered delegate,
 * and {@code nodeId} must be this node's. On success the {@link Reader} is left in the request
 * properties; otherwise the request is answered in the error model (§10) and the resource never
 * runs:
 *
 * <ul>
 *   <li>no header: 401, 2511 {@code Authentication};
 *   <li>a header that is not base64url (padded or not) of a signature object: 400, 1102;
 *   <li>another node's {@code nodeId}: 400, 1901 {@code System} (the Java SDK then re-reads
 *       node-info and retries once with the same read requestId);
 *   <li>an unknown signer: 403, 2506; a delegate not registered for the delegator: 403, 2504;
 *   <li>a signature that does not verify: 401, 2511;
 *   <li>consensus off on this instance: 503, 1002.
 * </ul>
 *
 * A read {@code requestId} may be used again: reads change nothing, and the Java SDK repeats it.
 */
@Provider
@SignedRead
@Priority(Priorities.AUTHENTICATION)
public class SignedReadFilter implements ContainerRequestFilter {

  /** Verifies one signed read: the raw target and the raw header value. */
  @FunctionalInterface
  interface Check {
    VerifiedRead verify(String rawTarget, String authentication);
  }

  @EJB private ReadAuthentication authentication;
  private final Check check;

  public SignedReadFilter() {
    this.check = null;
  }

  /** A filter over {@code check} instead of the node's {@link ReadAuthentication}. */
  SignedReadFilter(Check check) {
    this.check = check;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    UriInfo uri = request.getUriInfo();
    String target = SignedTarget.of(uri.getRequestUri(), uri.getBaseUri());
    String header = request.getHeaderString(Iov42Headers.AUTHENTICATION);
    try {
      if (header == null || header.isBlank()) {
        throw new ProtocolException(
            ErrorCode.AUTHENTICATION_FAILED,
            "Header " + Iov42Headers.AUTHENTICATION + " is missing: this read must be signed");
      }
      VerifiedRead read = check().verify(target, header);
      SignatureEntry entry = read.authentication();
      new Reader(entry.identityId(), Optional.ofNullable(entry.delegateIdentityId()))
          .store(request);
    } catch (ProtocolException e) {
      request.abortWith(
          ApiResponses.error(
              e.errorCode().httpStatus(),
              SignedTarget.readRequestId(target).orElse(null),
              e.errorCode(),
              e.getMessage(),
              true));
    }
  }

  private Check check() {
    return check != null
        ? check
        : (target, header) -> authentication.verify(target, header).orElseThrow();
  }
}
