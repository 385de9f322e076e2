package org.zoneledger.protocol.message;

/** The client-chosen id of a command (spec §1.4), the key of the {@code requests} topic. */
public record RequestId(String value) {
  public RequestId {
    Identifiers.check("requestId", value, "");
  }

  @Override
  public String toString() {
    return value;
  }
}
