/** Brings the node database schema up to date before anything else touches it. */
package org.zoneledger.consensus.schema;
