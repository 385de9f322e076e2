/**
 * {@code zone bench}: a load generator for a running zone. It sets up an asset type, identities and
 * funded accounts through the HTTP API, then sends random quantity transfers at a fixed open-loop
 * rate (or as fast as a bounded number of requests in flight allows) over asynchronous HTTP/1.1,
 * round-robin over the nodes, and reports committed and rejected transfers per second, latency
 * percentiles and the zone's CPU-seconds per committed transfer. Every loop is bounded by time.
 */
package org.zoneledger.client.loadgen;
