/**
 * Starting and stopping the processes of a local zone: Payara Micro instances of each node, with
 * their command lines, environment, logs and PIDs. Used by the CLI and by the integration tests.
 */
package org.zoneledger.client.launch;
