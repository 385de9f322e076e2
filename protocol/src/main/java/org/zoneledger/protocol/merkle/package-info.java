/**
 * A binary Merkle tree over SHA-256 with inclusion paths, used to sign a batch of votes or proofs
 * with one signature over the root: each item then carries the root signature and its path.
 */
package org.zoneledger.protocol.merkle;
