/**
 * The demo of a running zone, built on the client library alone: {@link
 * org.zoneledger.client.demo.CarSwapScenario} (the signed requests of a car-for-EUR swap), {@link
 * org.zoneledger.client.demo.CarSwapDemo} (sends them spread over the nodes, shows each election
 * and outcome, checks the last proof offline and compares the nodes' state digests) and {@link
 * org.zoneledger.client.demo.NodeAdmin} (the operator read-outs of a node it uses). Runs against
 * any zone given its descriptor and a base URL per node: {@code ./zone up}, {@code ./zone demo},
 * {@code ZoneDemoIT}.
 */
package org.zoneledger.client.demo;
