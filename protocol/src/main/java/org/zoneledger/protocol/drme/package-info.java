/**
 * DRME (distributed random member election): the per-partition {@link Beacon} folded over entropy
 * messages in log order, and the pure {@link Election} function that names the coordinator of a
 * request for a round. Both are deterministic: every node computes the same values from the same
 * log.
 */
package org.zoneledger.protocol.drme;
