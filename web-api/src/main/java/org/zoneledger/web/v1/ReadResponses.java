package org.zoneledger.web.v1;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.function.Supplier;
import org.zoneledger.consensus.application.query.ReadRefusedException;
import org.zoneledger.protocol.error.ErrorCode;

/** Answers of the query endpoints: 200 with the view as JSON, or the §10 error body. */
final class ReadResponses {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReadResponses() {}

  /** The view {@code read} returns, or the error it was refused with. */
  static Response answer(String readRequestId, Supplier<?> read) {
    try {
      return Response.ok(JSON.writeValueAsString(read.get()), MediaType.APPLICATION_JSON_TYPE)
          .build();
    } catch (ReadRefusedException e) {
      return ApiResponses.error(
          e.code().httpStatus(), readRequestId, e.code(), e.getMessage(), true);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a read view did not serialise", e);
    }
  }

  /** A {@code limit} query value: absent, or an integer. */
  static Optional<Integer> limit(String value) {
    if (value == null || value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Integer.parseInt(value));
    } catch (NumberFormatException e) {
      throw new ReadRefusedException(
          ErrorCode.INVALID_FIELD, "'limit' must be an integer, is '" + value + "'");
    }
  }

  static Optional<String> next(String value) {
    return Optional.ofNullable(value).filter(v -> !v.isEmpty());
  }
}
