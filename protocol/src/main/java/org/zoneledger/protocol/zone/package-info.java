/**
 * The zone descriptor — zone id, nodes with their public keys and API URLs, Kafka topics prefix and
 * protocol parameters — written once when a zone is commissioned, read by every node and by any
 * third party that verifies proofs; its JSON form and validation.
 */
package org.zoneledger.protocol.zone;
