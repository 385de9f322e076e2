/** Consensus on the container: thin message-driven beans and the services behind them. */
package org.zoneledger.consensus;
