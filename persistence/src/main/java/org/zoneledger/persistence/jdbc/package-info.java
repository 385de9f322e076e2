/**
 * JDBC plumbing of the node database: classes the container's connection pool instantiates, so they
 * live in a library every module of the application (WAR, or EAR and its modules) can load.
 */
package org.zoneledger.persistence.jdbc;
