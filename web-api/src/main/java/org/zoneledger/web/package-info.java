/** The node's HTTP face: JAX-RS resources (thin), admin and health endpoints, resource wiring. */
package org.zoneledger.web;
