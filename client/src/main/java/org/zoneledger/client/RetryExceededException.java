package org.zoneledger.client;

/** A command was still pending (3xx) when the client's time budget ran out (spec §4.4). */
public final class RetryExceededException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RetryExceededException(String message) {
    super(message);
  }
}
