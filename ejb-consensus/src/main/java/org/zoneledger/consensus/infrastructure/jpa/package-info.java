/**
 * JPA implementations of the DRME engine's repositories ({@link
 * org.zoneledger.consensus.domain.drme.NodeStores}) over the entities of {@code
 * org.zoneledger.persistence.consensus}.
 *
 * <p>The conventions put interfaces with their user and implementations in persistence ({@code
 * ProofRepository} in the domain, {@code JpaProofRepository} in persistence). Here the interfaces
 * live in {@code consensus.domain.drme} and the {@code persistence} module cannot see them ({@code
 * ejb-consensus} depends on {@code persistence}, not the reverse), so the entities stay in {@code
 * persistence} and their mapping to domain types — these stores — lives in this infrastructure
 * package: the same split, one module over.
 *
 * <p>A {@link org.zoneledger.consensus.infrastructure.jpa.JpaNodeStores} is built per transaction
 * on the container's JTA {@code EntityManager} (one per MDB batch). Each store keeps what it read
 * or wrote in that transaction, decoded, so the engine's record-by-record reads of one batch cost
 * one database read per row at most, and stores never force a flush before their own queries
 * (except {@code EntityStore.all()}, the digest, which flushes).
 */
package org.zoneledger.consensus.infrastructure.jpa;
