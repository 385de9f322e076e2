/**
 * Diagnostics: the echo consumer stores each record's key, partition and offset and answers with an
 * acknowledgement record — the walking skeleton of Kafka → adapter → MDB → JPA → Kafka.
 */
package org.zoneledger.consensus.diagnostics;
