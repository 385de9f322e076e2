/**
 * The adapter's public API, the only part the application compiles against: the message-listener
 * interfaces MDBs implement ({@link org.zoneledger.kafka.api.KafkaRecordListener}, {@link
 * org.zoneledger.kafka.api.KafkaBatchListener}), the records they receive, and the outbound {@link
 * org.zoneledger.kafka.api.KafkaConnectionFactory}. No kafka-clients type appears here: the
 * application sees these classes through the connector class loader and must not need Kafka.
 */
package org.zoneledger.kafka.api;
