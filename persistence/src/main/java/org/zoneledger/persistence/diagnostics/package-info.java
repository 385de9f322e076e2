/**
 * Diagnostics: the echo path (Kafka → adapter → MDB → JPA) that proves delivery works end to end.
 */
package org.zoneledger.persistence.diagnostics;
