package org.zoneledger.client.broker;

/** A broker could not be formatted, started, reached or stopped; the message says where to look. */
public class BrokerException extends RuntimeException {

  public BrokerException(String message) {
    super(message);
  }

  public BrokerException(String message, Throwable cause) {
    super(message, cause);
  }
}
