package org.zoneledger.protocol.message;

/**
 * A node's vote on one entity, and the outcome of a request. The ordinal is the encoded tag: never
 * reorder.
 */
public enum Decision {
  COMMIT,
  ROLLBACK;
}
