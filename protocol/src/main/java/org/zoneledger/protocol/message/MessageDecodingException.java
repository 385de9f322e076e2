package org.zoneledger.protocol.message;

/** Encoded message bytes that cannot be decoded; {@link #reason()} says why. */
public final class MessageDecodingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why decoding failed. */
  public enum Reason {
    /** The input ends inside a field. */
    TRUNCATED,
    /** Bytes follow the last field. */
    TRAILING_BYTES,
    /** The version byte is not one this code reads. */
    UNKNOWN_VERSION,
    /** The type tag is unknown, or not the type the caller asked for. */
    UNKNOWN_TYPE,
    /** A field is present but its value is not allowed (bad id, bad enum tag, wrong length…). */
    INVALID_FIELD
  }

  private final Reason reason;

  public MessageDecodingException(Reason reason, String message) {
    super(reason + ": " + message);
    this.reason = reason;
  }

  public MessageDecodingException(Reason reason, String message, Throwable cause) {
    super(reason + ": " + message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
