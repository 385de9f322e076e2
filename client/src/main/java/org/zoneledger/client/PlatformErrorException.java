package org.zoneledger.client;

import java.util.stream.Collectors;
import org.zoneledger.client.model.ErrorResponse;

/** A node answered HTTP ≥ 400 (spec §10); carries the status and the parsed error body. */
public final class PlatformErrorException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient ErrorResponse errorResponse;

  public PlatformErrorException(int status, ErrorResponse errorResponse) {
    super(
        "Status code: "
            + status
            + errorResponse.errors().stream()
                .map(e -> "\n" + e.errorCode() + " " + e.errorType() + ": " + e.message())
                .collect(Collectors.joining()));
    this.status = status;
    this.errorResponse = errorResponse;
  }

  public int status() {
    return status;
  }

  public ErrorResponse errorResponse() {
    return errorResponse;
  }
}
