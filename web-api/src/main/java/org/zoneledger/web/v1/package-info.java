/**
 * The public HTTP API v1 (spec {@code http-api-v1.md}), iov42-compatible: thin JAX-RS resources
 * over the consensus module's command and query services.
 */
package org.zoneledger.web.v1;
