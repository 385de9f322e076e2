package org.zoneledger.protocol.message;

/** The id of a zone node as written in the zone descriptor, e.g. {@code node1}. */
public record NodeId(String value) {
  public NodeId {
    Identifiers.check("nodeId", value, "");
  }

  @Override
  public String toString() {
    return value;
  }
}
