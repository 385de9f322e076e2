/**
 * The container side of a node's DRME consensus: the node's context loaded once ({@link
 * org.zoneledger.consensus.application.NodeContext}), the transactional service the consensus MDBs
 * call per batch ({@link org.zoneledger.consensus.application.DrmeService}), the entropy publisher
 * and round timer, and read-outs for the admin API. All of it is inert unless {@code
 * zoneledger.consensus} ({@code ZONELEDGER_CONSENSUS}) is {@code true}.
 */
package org.zoneledger.consensus.application;
