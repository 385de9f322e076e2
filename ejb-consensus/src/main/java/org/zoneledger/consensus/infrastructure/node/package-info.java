/**
 * A node's configuration: which node it is, where the zone descriptor and its private key are, how
 * it signs; loading and checking them ({@link
 * org.zoneledger.consensus.infrastructure.node.NodeSetup}) and building the DRME engine's {@link
 * org.zoneledger.consensus.domain.drme.DrmeNode} from them.
 */
package org.zoneledger.consensus.infrastructure.node;
