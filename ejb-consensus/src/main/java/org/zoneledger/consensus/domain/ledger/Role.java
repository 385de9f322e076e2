package org.zoneledger.consensus.domain.ledger;

/**
 * The roles of a permission role map (spec §9.9), from the most general to the most specific. The
 * ordinal is the encoded tag: never reorder.
 */
public enum Role {
  EVERYONE("Everyone"),
  TYPE_OWNER("TypeOwner"),
  INSTANCE_OWNER("InstanceOwner");

  private final String wireName;

  Role(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }
}
