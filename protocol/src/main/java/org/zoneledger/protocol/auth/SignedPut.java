package org.zoneledger.protocol.auth;

import java.util.Objects;
import org.zoneledger.protocol.request.LedgerRequest;

/** A command ready to send: the request, its exact body bytes and the header values. */
public record SignedPut(LedgerRequest request, byte[] body, Iov42Headers headers) {
  public SignedPut {
    Objects.requireNonNull(request);
    Objects.requireNonNull(body);
    Objects.requireNonNull(headers);
  }

  /** The path the command is PUT to. */
  public String path() {
    return "/api/v1/requests/" + request.requestId();
  }
}
