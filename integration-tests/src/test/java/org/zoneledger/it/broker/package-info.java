/** Integration tests of the Kafka broker launcher against a real broker. */
package org.zoneledger.it.broker;
