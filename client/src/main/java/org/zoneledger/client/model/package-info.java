/**
 * Response bodies of the node HTTP API (spec §4.3, §6.3, §8, §10) as records read by Jackson;
 * unknown properties are ignored, quantities stay decimal strings.
 */
package org.zoneledger.client.model;
