package org.zoneledger.kafka.api;

/** A record was not acknowledged by Kafka (timeout, authorisation, broker error, interruption). */
public class KafkaSendException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public KafkaSendException(String message, Throwable cause) {
    super(message, cause);
  }
}
