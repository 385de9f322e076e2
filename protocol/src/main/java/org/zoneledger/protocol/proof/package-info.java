/**
 * Vote tally, proof assembly and signing, and proof verification for a third party holding only the
 * zone descriptor: signatures of clients, voters and coordinator (direct or batched), the majority,
 * the links to each entity's previous proof, and whole entity histories.
 */
package org.zoneledger.protocol.proof;
