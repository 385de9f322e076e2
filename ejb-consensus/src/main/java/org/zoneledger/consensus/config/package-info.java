/** Typed settings read from system properties and environment variables, with their defaults. */
package org.zoneledger.consensus.config;
