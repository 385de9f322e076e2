/**
 * The read side of the HTTP API (spec §6, §7): the committed state of identities, asset types,
 * assets and claims at this node, with the requests that made it, shaped as the API's bodies.
 */
package org.zoneledger.consensus.application.query;
