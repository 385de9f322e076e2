/**
 * The JCA 1.7 glue, kept thin: {@link org.zoneledger.kafka.ra.KafkaResourceAdapter} (the RAR's
 * {@code @Connector}), the {@link org.zoneledger.kafka.ra.KafkaActivationSpec} MDBs configure, the
 * long-running {@link jakarta.resource.spi.work.Work} that owns each consumer, and the {@link
 * org.zoneledger.kafka.ra.EndpointTarget} that delivers through message endpoints. The logic lives
 * in {@code org.zoneledger.kafka.inbound}.
 */
package org.zoneledger.kafka.ra;
