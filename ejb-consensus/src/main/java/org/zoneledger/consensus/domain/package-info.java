/**
 * The consensus core of a node, without container code: the ledger's per-entity rules ({@code
 * ledger}) and the DRME engine ({@code drme}) that runs phases 2–9 of the architecture over them.
 * MDBs and JAX-RS resources are thin adapters that decode, call into this package, and encode.
 */
package org.zoneledger.consensus.domain;
