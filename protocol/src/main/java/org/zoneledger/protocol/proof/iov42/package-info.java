/**
 * The iov42 view of a proof served at {@code GET /api/v1/proofs/{requestId}} (spec §7): a graph of
 * {@code Authorisation} and {@code Vote} nodes whose seals the iov42 SDKs can check.
 */
package org.zoneledger.protocol.proof.iov42;
