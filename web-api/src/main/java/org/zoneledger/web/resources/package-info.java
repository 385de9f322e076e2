/**
 * Application-scoped resources the node needs, defined from the environment: the node database and
 * the Kafka producer connection factory of our resource adapter.
 */
package org.zoneledger.web.resources;
