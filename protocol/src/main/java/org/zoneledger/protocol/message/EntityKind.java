package org.zoneledger.protocol.message;

/**
 * The kinds of ledger entity a request touches; each has its own validation rules. The ordinal is
 * the encoded tag: never reorder, only append.
 */
public enum EntityKind {
  IDENTITY,
  ASSET_TYPE,
  ASSET,
  CLAIM;
}
