/**
 * Offline proof checks on the client side: the TypeScript SDK's seal validation of the iov42 proof
 * view served by {@code GET /api/v1/proofs/{id}} ({@link
 * org.zoneledger.client.proof.Iov42ProofValidation}), and full verification of a native proof
 * against the zone descriptor through {@code org.zoneledger.protocol.proof} ({@link
 * org.zoneledger.client.proof.OfflineProofs}).
 */
package org.zoneledger.client.proof;
