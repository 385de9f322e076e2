/**
 * The instances of one node as a Hazelcast cluster (the one Payara runs): which instance publishes
 * the node's entropy and runs its round time-outs, and the node-wide topic that tells every
 * instance which requests were applied, so the one holding a client's PUT can answer it.
 */
package org.zoneledger.consensus.infrastructure.cluster;
