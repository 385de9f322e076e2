/**
 * Application-owned consumer positions: the next offset to consume per (consumer group, topic,
 * partition), written in the same transaction as the state change it accounts for.
 */
package org.zoneledger.persistence.offsets;
