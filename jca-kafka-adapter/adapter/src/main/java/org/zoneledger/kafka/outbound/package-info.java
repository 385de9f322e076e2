/**
 * Outbound producing: the JCA connection plumbing ({@link
 * org.zoneledger.kafka.outbound.KafkaManagedConnectionFactory}, managed connection, factory and
 * handle) around one shared idempotent producer per managed connection factory, and {@link
 * org.zoneledger.kafka.outbound.RecordSender}, the plain synchronous-send logic.
 */
package org.zoneledger.kafka.outbound;
