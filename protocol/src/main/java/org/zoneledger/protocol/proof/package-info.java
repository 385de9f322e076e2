/**
 * Vote tally, proof assembly and signing, and proof verification for a third party holding only the
 * zone descriptor: signatures of clients, voters and coordinator (direct or batched), the majority,
 * the links to each entity's previous proof, and whole entity histories. Client keys and
 * delegations can themselves be taken from the proofmesh ({@link
 * org.zoneledger.protocol.proof.ProofmeshClientKeys}), and {@link
 * org.zoneledger.protocol.proof.OfflineProofCheck} puts it all together over a {@link
 * org.zoneledger.protocol.proof.ProofStore}.
 */
package org.zoneledger.protocol.proof;
