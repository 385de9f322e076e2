/**
 * The project's conformance suite for the public API v1 (spec http-api-v1.md): the iov42 SDKs'
 * integration-test scenarios (§11.1 Java, §11.2 TypeScript incl. the delegate suites) for both key
 * types, the wire details where bytes matter, the pending-request protocol and bad input — against
 * the shared three-node zone of the zone ITs.
 */
package org.zoneledger.it.conformance;
