package org.zoneledger.client.model;

import java.util.List;

/** The body of every HTTP ≥ 400 answer (spec §10.1). */
public record ErrorResponse(List<PlatformError> errors, String requestId, String proof) {
  public ErrorResponse {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  public boolean hasCode(int code) {
    return errors.stream().anyMatch(e -> e.errorCode() == code);
  }
}
