package org.zoneledger.kafka.api;

/** A record could not be read from Kafka (timeout, broker error, interruption, no consumer). */
public class KafkaReadException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public KafkaReadException(String message, Throwable cause) {
    super(message, cause);
  }
}
