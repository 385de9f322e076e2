package org.zoneledger.kafka.inbound;

/** A configuration property has an invalid value; the message names the property. */
public class InvalidSettingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String property;

  public InvalidSettingException(String property, String message) {
    super(message);
    this.property = property;
  }

  public String property() {
    return property;
  }
}
