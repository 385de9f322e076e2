/**
 * JPA entities of a node's DRME consensus state (tables of migration {@code V2__consensus.sql}):
 * partition beacons, sequenced requests and their outcomes, every node's votes, this node's
 * ballots, entity slots (state, head, reservation, FIFO wait queue) and the proofmesh. Plain rows
 * of strings, numbers and canonical byte encodings: the mapping to the consensus domain types lives
 * with the store interfaces it implements, in {@code org.zoneledger.consensus.infrastructure.jpa}.
 */
package org.zoneledger.persistence.consensus;
