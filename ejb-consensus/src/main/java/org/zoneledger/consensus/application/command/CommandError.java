package org.zoneledger.consensus.application.command;

import java.util.Arrays;
import java.util.Objects;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;
import org.zoneledger.protocol.message.RollbackReason;

/** One error of the API's error model (spec §10): the wire fields and the HTTP status. */
public record CommandError(int httpStatus, int code, String type, String message) {

  public CommandError {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(message, "message");
  }

  public static CommandError of(ErrorCode code, String message) {
    return new CommandError(code.httpStatus(), code.code(), code.type(), message);
  }

  public static CommandError of(ProtocolException e) {
    return of(e.errorCode(), e.getMessage());
  }

  /**
   * A validator's reason for a ROLLBACK vote; the status of its known code, else 400 (409 for
   * contention).
   */
  public static CommandError of(RollbackReason reason) {
    int status =
        Arrays.stream(ErrorCode.values())
            .filter(c -> c.code() == reason.errorCode())
            .findFirst()
            .map(ErrorCode::httpStatus)
            .orElse("Contention".equals(reason.errorType()) ? 409 : 400);
    return new CommandError(status, reason.errorCode(), reason.errorType(), reason.message());
  }
}
