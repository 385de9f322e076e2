/** Integration tests of DRME consensus: several nodes on real Payara Micro, Kafka and databases. */
package org.zoneledger.it.zone;
