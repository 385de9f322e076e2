/**
 * Launches a real single-node KRaft Kafka broker from the Maven artifacts in a child JVM: writes
 * its configuration into a data folder, formats the storage once, starts it on 127.0.0.1, waits
 * until it accepts connections, records its PID and stops it by PID. Used by the CLI, the local
 * zone and the integration tests.
 */
package org.zoneledger.client.broker;
