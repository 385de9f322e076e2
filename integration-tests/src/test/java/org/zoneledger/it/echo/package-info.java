/** The walking skeleton on real parts: Kafka → our resource adapter → echo MDB → JPA → Kafka. */
package org.zoneledger.it.echo;
