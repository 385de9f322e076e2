package org.zoneledger.kafka.inbound;

/**
 * The delivery target cannot take deliveries right now (e.g. the endpoint is not yet deployed). The
 * unit is retried after the back-off without counting an attempt.
 */
public class TargetUnavailableException extends Exception {

  private static final long serialVersionUID = 1L;

  public TargetUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
