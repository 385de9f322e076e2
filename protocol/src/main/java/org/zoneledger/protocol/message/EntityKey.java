package org.zoneledger.protocol.message;

/**
 * The key of one ledger entity on the {@code entity-log} topic, e.g. {@code asset:car-42:chassis}.
 * Its format is chosen by the code that splits requests into entities; here it is an opaque id that
 * may also contain {@code :}.
 */
public record EntityKey(String value) {
  /**
   * Long enough for a kind prefix and two ids of {@link
   * org.zoneledger.protocol.request.Ids#MAX_LENGTH} characters.
   */
  public static final int MAX_LENGTH = 1024;

  public EntityKey {
    Identifiers.check("entityKey", value, ":", MAX_LENGTH);
  }

  @Override
  public String toString() {
    return value;
  }
}
