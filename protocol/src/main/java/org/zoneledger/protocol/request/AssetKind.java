package org.zoneledger.protocol.request;

import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;

/** The {@code type} of an asset type: indivisible assets or accounts with a balance. */
public enum AssetKind {
  UNIQUE("Unique"),
  QUANTIFIABLE("Quantifiable");

  private final String wireName;

  AssetKind(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static AssetKind fromWireName(String name) {
    for (AssetKind kind : values()) {
      if (kind.wireName.equals(name)) {
        return kind;
      }
    }
    throw new ProtocolException(
        ErrorCode.INVALID_FIELD, "'type' must be Unique or Quantifiable but was '" + name + "'");
  }
}
