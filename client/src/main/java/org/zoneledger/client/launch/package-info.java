/**
 * Starting and stopping the processes of a local zone: the zone itself ({@link
 * org.zoneledger.client.launch.LocalZone}: descriptor, port scheme {@link
 * org.zoneledger.client.launch.LocalZonePorts}, topics {@link
 * org.zoneledger.client.launch.ZoneTopics}), its nodes with their H2 server and Payara Micro
 * instances, command lines, environment ({@link org.zoneledger.client.launch.ZoneNodeEnvironment}
 * gives a node's consensus settings), logs and PIDs. Used by the CLI and by the integration tests.
 */
package org.zoneledger.client.launch;
