package org.zoneledger.client.loadgen;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.util.stream.Collectors;
import org.zoneledger.client.model.ErrorResponse;

/**
 * How one transfer ended. {@code reason} names a rejection by the error body's {@code
 * errorType/errorCode} (spec §10; several errors joined with {@code +}, {@code HTTP <status>} when
 * the body is not an error body) and an I/O failure by its exception.
 *
 * @param redirects how many 3xx answers were followed (spec §4.4)
 */
record Outcome(Kind kind, String reason, int redirects) {
  enum Kind {
    /** HTTP 2xx: the zone decided and committed the transfer. */
    COMMITTED,
    /** HTTP ≥ 400 with the zone's reason. */
    REJECTED,
    /** Still 3xx when the transfer's time budget ran out. */
    PENDING,
    /** No answer within the budget. */
    TIMEOUT,
    /** Connection or protocol failure. */
    ERROR
  }

  private static final JsonMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  static Outcome committed(int redirects) {
    return new Outcome(Kind.COMMITTED, "", redirects);
  }

  static Outcome pending(int redirects) {
    return new Outcome(Kind.PENDING, "", redirects);
  }

  static Outcome rejected(int status, byte[] body, int redirects) {
    return new Outcome(Kind.REJECTED, reason(status, body), redirects);
  }

  static Outcome failed(Throwable error, int redirects) {
    Throwable cause = error;
    while (cause.getCause() != null
        && (cause instanceof java.util.concurrent.CompletionException
            || cause instanceof java.util.concurrent.ExecutionException)) {
      cause = cause.getCause();
    }
    return cause instanceof HttpTimeoutException
        ? new Outcome(Kind.TIMEOUT, "", redirects)
        : new Outcome(Kind.ERROR, cause.getClass().getSimpleName(), redirects);
  }

  /** {@code errorType/errorCode} of every error in the body, or {@code HTTP <status>}. */
  static String reason(int status, byte[] body) {
    try {
      ErrorResponse response = JSON.readValue(body, ErrorResponse.class);
      if (!response.errors().isEmpty()) {
        return response.errors().stream()
            .map(e -> e.errorType() + "/" + e.errorCode())
            .collect(Collectors.joining("+"));
      }
    } catch (IOException | RuntimeException e) {
      // not an error body: named by the status below
    }
    return "HTTP " + status;
  }
}
