/**
 * Test harness for integration tests on real parts: {@link
 * org.zoneledger.it.support.KafkaBrokerExtension} starts one real Kafka broker per test run.
 */
package org.zoneledger.it.support;
