package org.zoneledger.web.v1;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Optional;

/**
 * The reader of a {@link SignedRead} request as verified by {@code SignedReadFilter}: the effective
 * principal ({@code identityId}, the delegator on a delegated read) and the delegate that signed on
 * its behalf, if any. The filter leaves both in the request properties {@value #PROPERTY} (a
 * String) and {@value #DELEGATE_PROPERTY} (a String, absent unless delegated).
 */
public record Reader(String identityId, Optional<String> delegateIdentityId) {
  public static final String PROPERTY = "zoneledger.reader";
  public static final String DELEGATE_PROPERTY = "zoneledger.reader.delegate";

  /** The verified reader of the request, or empty when no {@code SignedReadFilter} ran. */
  public static Optional<Reader> of(ContainerRequestContext request) {
    if (!(request.getProperty(PROPERTY) instanceof String identityId)) {
      return Optional.empty();
    }
    Object delegate = request.getProperty(DELEGATE_PROPERTY);
    return Optional.of(
        new Reader(
            identityId,
            delegate instanceof String id ? Optional.of(id) : Optional.<String>empty()));
  }

  /** Leaves this reader in the request properties. */
  void store(ContainerRequestContext request) {
    request.setProperty(PROPERTY, identityId);
    delegateIdentityId.ifPresentOrElse(
        id -> request.setProperty(DELEGATE_PROPERTY, id),
        () -> request.removeProperty(DELEGATE_PROPERTY));
  }
}
