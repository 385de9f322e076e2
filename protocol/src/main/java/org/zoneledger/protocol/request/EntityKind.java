package org.zoneledger.protocol.request;

/** The kinds of ledger entity a request can touch or make a claim about. */
public enum EntityKind {
  IDENTITY,
  ASSET_TYPE,
  ASSET
}
