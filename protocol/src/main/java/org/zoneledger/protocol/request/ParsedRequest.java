package org.zoneledger.protocol.request;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Arrays;
import java.util.Objects;

/**
 * A command as received: the raw body bytes, kept for signature verification and proofs (never
 * re-serialised), the parsed request, and the optional TypeScript {@code permissions} object as
 * JSON text (null when absent). Callers must not modify the {@code body} array.
 */
public record ParsedRequest(byte[] body, LedgerRequest request, String permissionsJson) {
  public ParsedRequest {
    Objects.requireNonNull(body);
    Objects.requireNonNull(request);
  }

  /** The body as the UTF-8 text the client signed. */
  public String bodyText() {
    return new String(body, UTF_8);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ParsedRequest other
        && Arrays.equals(body, other.body)
        && request.equals(other.request)
        && Objects.equals(permissionsJson, other.permissionsJson);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(body);
  }

  @Override
  public String toString() {
    return "ParsedRequest[" + request + "]";
  }
}
