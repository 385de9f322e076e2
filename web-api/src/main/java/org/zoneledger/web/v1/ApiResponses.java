package org.zoneledger.web.v1;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.zoneledger.consensus.application.command.CommandError;
import org.zoneledger.consensus.application.command.CommandResult;
import org.zoneledger.protocol.error.ErrorCode;

/**
 * The bodies of spec §4.3 ({@code requestId, resources, proof}, in that order), §4.4 (303 with a
 * host-relative {@code Location} and an integer {@code Retry-After}) and §10 (a non-null {@code
 * errors} array, the requestId, {@code requestIdReusable}).
 */
public final class ApiResponses {
  static final String RETRY_AFTER_SECONDS = "1";
  private static final ObjectMapper JSON = new ObjectMapper();

  private ApiResponses() {}

  /** The final answer for a result; a pending or unknown one as {@link #seeOther}/404. */
  public static Response of(CommandResult result) {
    if (result instanceof CommandResult.Committed committed) {
      return committed(committed);
    }
    if (result instanceof CommandResult.Failed failed) {
      return failed(failed);
    }
    if (result instanceof CommandResult.Pending pending) {
      return seeOther(pending.requestId());
    }
    String id = ((CommandResult.Unknown) result).requestId();
    return error(404, id, ErrorCode.NOT_FOUND, "Unknown request " + id, true);
  }

  static Response committed(CommandResult.Committed committed) {
    ObjectNode body = JSON.createObjectNode();
    body.put("requestId", committed.requestId());
    ArrayNode resources = body.putArray("resources");
    committed.resources().forEach(resources::add);
    body.put("proof", "/api/v1/proofs/" + committed.requestId());
    return json(200, body);
  }

  static Response failed(CommandResult.Failed failed) {
    ObjectNode body = JSON.createObjectNode();
    ArrayNode errors = body.putArray("errors");
    for (CommandError error : failed.errors()) {
      errors
          .addObject()
          .put("errorCode", error.code())
          .put("errorType", error.type())
          .put("message", error.message());
    }
    body.put("requestId", failed.requestId());
    body.put("requestIdReusable", !failed.recorded());
    return json(failed.httpStatus(), body);
  }

  /** One error, e.g. for a request that never reached the command service. */
  public static Response error(
      int status, String requestId, ErrorCode code, String message, boolean reusable) {
    return failed(
        new CommandResult.Failed(
            requestId == null ? "" : requestId,
            java.util.List.of(new CommandError(status, code.code(), code.type(), message)),
            !reusable));
  }

  /** The §10 body of an error the servlet container raised outside the JAX-RS application. */
  public static String containerErrorBody(int status) {
    String reason =
        switch (status) {
          case 413 -> "The request is too large";
          case 414, 431 -> "The request target or headers are too large";
          default -> ErrorMappers.reason(status);
        };
    if (reason == null) {
      reason = status >= 500 ? "Internal error; the request was not completed" : "Bad request";
    }
    return (String) error(status, "", ErrorMappers.codeFor(status), reason, true).getEntity();
  }

  static Response seeOther(String requestId) {
    // a raw header: Response.location() would resolve it against the base URI (see
    // AdminApplication)
    return Response.status(303)
        .header("Location", "/api/v1/requests/" + requestId)
        .header("Retry-After", RETRY_AFTER_SECONDS)
        .build();
  }

  private static Response json(int status, ObjectNode body) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(body.toString())
        .build();
  }
}
