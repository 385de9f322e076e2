package org.zoneledger.consensus.infrastructure.kafka;

/** A record key or value this node cannot decode; {@link #reason()} says why. */
public final class RecordFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why decoding failed. */
  public enum Reason {
    /** The value is empty or the first byte is not a format version this node reads. */
    UNKNOWN_VERSION,
    /** The type tag is unknown. */
    UNKNOWN_TYPE,
    /** The type tag belongs to another topic. */
    WRONG_TOPIC,
    /** The key is missing or does not name what the value holds. */
    KEY_MISMATCH,
    /** A field is truncated, malformed, or followed by trailing bytes. */
    MALFORMED
  }

  private final Reason reason;

  public RecordFormatException(Reason reason, String message) {
    super(reason + ": " + message);
    this.reason = reason;
  }

  public RecordFormatException(Reason reason, String message, Throwable cause) {
    super(reason + ": " + message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
