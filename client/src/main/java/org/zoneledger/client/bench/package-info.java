/**
 * The adapter benchmark ({@code scripts/bench-adapter}): records/s delivered by our JCA Kafka
 * adapter to a no-op batch MDB on Payara Micro against a plain kafka-clients consumer loop reading
 * the same records from the same broker in the same run.
 */
package org.zoneledger.client.bench;
