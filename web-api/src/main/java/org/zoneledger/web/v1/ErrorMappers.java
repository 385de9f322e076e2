package org.zoneledger.web.v1;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;

/**
 * Every failure the JAX-RS layer raises answers in the API's error model (spec §10): a JSON body
 * with a non-null {@code errors} array — never an HTML page or a stack trace.
 */
public final class ErrorMappers {
  private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

  private ErrorMappers() {}

  /** 404, 405, 415 and the other statuses the container raises. */
  @Provider
  public static class WebErrors implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
      if (status < 400) {
        return e.getResponse();
      }
      return ApiResponses.error(status, null, codeFor(status), reason(status, e), true);
    }
  }

  /** A protocol check that escaped a service: its own code and status. */
  @Provider
  public static class ProtocolErrors implements ExceptionMapper<ProtocolException> {
    @Override
    public Response toResponse(ProtocolException e) {
      return ApiResponses.error(
          e.errorCode().httpStatus(), null, e.errorCode(), e.getMessage(), true);
    }
  }

  /** Anything else: 500, logged once, no internals in the body. */
  @Provider
  public static class InternalErrors implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable e) {
      LOG.log(Level.SEVERE, "internal error answered with 500", e);
      return ApiResponses.error(
          500, null, ErrorCode.INTERNAL, "Internal error; the request was not completed", true);
    }
  }

  static ErrorCode codeFor(int status) {
    return switch (status) {
      case 404 -> ErrorCode.NOT_FOUND;
      case 405, 406, 415 -> ErrorCode.MALFORMED_HEADER;
      case 413 -> ErrorCode.MALFORMED_BODY;
      default -> status >= 500 ? ErrorCode.INTERNAL : ErrorCode.MALFORMED_BODY;
    };
  }

  private static String reason(int status, WebApplicationException e) {
    String known = reason(status);
    if (known != null) {
      return known;
    }
    return e.getMessage() == null ? "HTTP " + status : e.getMessage();
  }

  /** What a status the JAX-RS layer or the container raises means to a client; null if nothing. */
  static String reason(int status) {
    return switch (status) {
      case 404 -> "No such resource";
      case 405 -> "Method not allowed on this resource";
      case 406 -> "Only application/json is produced";
      case 415 -> "Unsupported content type";
      default -> null;
    };
  }
}
