package org.zoneledger.consensus.domain.drme;

/** The zone's three topics (architecture §1), as keys of the node's consumed offsets. */
public enum Topic {
  REQUESTS,
  ENTITY_LOG,
  VOTES
}
