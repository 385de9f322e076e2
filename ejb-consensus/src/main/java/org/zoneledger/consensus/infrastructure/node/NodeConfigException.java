package org.zoneledger.consensus.infrastructure.node;

/** A node configuration that cannot be used; the message says what to fix. */
public final class NodeConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NodeConfigException(String message) {
    super(message);
  }

  public NodeConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
