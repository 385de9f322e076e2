package org.zoneledger.protocol.message;

import java.util.Objects;

/**
 * Why a node voted ROLLBACK, in the terms of the API's error model (spec §10): {@code errorCode}
 * and {@code errorType} (e.g. {@code Contention}) and a message a user understands.
 */
public record RollbackReason(int errorCode, String errorType, String message) {
  public RollbackReason {
    Objects.requireNonNull(errorType, "errorType");
    Objects.requireNonNull(message, "message");
    if (errorType.isBlank()) {
      throw new IllegalArgumentException("errorType must not be blank");
    }
  }

  static void write(CanonicalWriter out, RollbackReason reason) {
    out.u32(reason.errorCode).string(reason.errorType).string(reason.message);
  }

  static RollbackReason read(CanonicalReader in) {
    int code = in.u32();
    String type = in.string();
    String message = in.string();
    return CanonicalReader.field("rollback reason", () -> new RollbackReason(code, type, message));
  }
}
