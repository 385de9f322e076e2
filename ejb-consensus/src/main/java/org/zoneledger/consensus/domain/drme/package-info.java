/**
 * The DRME engine (architecture §2 phases 1–9) as a functional core: handlers that take one batch
 * of one partition of a topic, the node's state behind small repository interfaces, and return the
 * {@link org.zoneledger.consensus.domain.drme.Effects} to publish — messages for {@code entity-log}
 * and {@code votes}, and outcomes for the API. No container code: thin MDBs decode a batch, call
 * {@link org.zoneledger.consensus.domain.drme.DrmeEngine} inside one transaction (whose
 * repositories also store the consumed offsets, architecture §3), then publish the effects.
 *
 * <p>Roles: {@link org.zoneledger.consensus.domain.drme.RequestLogHandler} (phases 1–3 and the
 * coordinator's PREPAREs of phase 4), {@link org.zoneledger.consensus.domain.drme.EntityLogHandler}
 * (the validator: phases 4, 5 and 7), {@link org.zoneledger.consensus.domain.drme.VoteLogHandler}
 * (the coordinator: phase 6) and {@link org.zoneledger.consensus.domain.drme.RoundTimer} (phase 9).
 *
 * <p>Every decision a validator takes depends only on the entity's partition of {@code entity-log}
 * (order and record timestamps) and the request itself, so every node takes the same decisions; the
 * node's wall clock only drives round time-outs.
 */
package org.zoneledger.consensus.domain.drme;
