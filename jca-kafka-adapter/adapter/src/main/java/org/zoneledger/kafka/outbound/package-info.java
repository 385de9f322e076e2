/**
 * Outbound producing and reading: the JCA connection plumbing ({@link
 * org.zoneledger.kafka.outbound.KafkaManagedConnectionFactory}, managed connection, factory and
 * handle) around one shared idempotent producer and one small pool of group-less consumers per
 * managed connection factory; {@link org.zoneledger.kafka.outbound.RecordSender}, the plain
 * synchronous-send logic, and {@link org.zoneledger.kafka.outbound.RecordReader}, the single-record
 * read by position.
 */
package org.zoneledger.kafka.outbound;
