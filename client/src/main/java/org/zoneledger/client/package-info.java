/**
 * The Java client library of the node HTTP API: {@link org.zoneledger.client.ClientIdentity} (a key
 * pair under an identity id), {@link org.zoneledger.client.CommandBuilder} (builds and signs every
 * command type as the iov42 SDKs do) and {@link org.zoneledger.client.ZoneClient} (sends commands,
 * follows the 303 protocol, reads every GET endpoint with authenticated-GET signing).
 */
package org.zoneledger.client;
