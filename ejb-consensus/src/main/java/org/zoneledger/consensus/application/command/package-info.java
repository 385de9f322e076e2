/**
 * The command path of the public API (architecture §2 phases 1 and 8): admitting a client's PUT to
 * the {@code requests} log after the checks that need no consensus, and reading its result once
 * this node has applied it.
 */
package org.zoneledger.consensus.application.command;
