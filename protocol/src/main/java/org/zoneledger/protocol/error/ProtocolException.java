package org.zoneledger.protocol.error;

import java.util.Objects;

/**
 * Bad input rejected by the protocol core. Carries the {@link ErrorCode} of the API's error model
 * and a message meant for the user who sent the input.
 */
public final class ProtocolException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode errorCode;

  public ProtocolException(ErrorCode errorCode, String message) {
    super(message);
    this.errorCode = Objects.requireNonNull(errorCode);
  }

  public ProtocolException(ErrorCode errorCode, String message, Throwable cause) {
    super(message, cause);
    this.errorCode = Objects.requireNonNull(errorCode);
  }

  public ErrorCode errorCode() {
    return errorCode;
  }
}
