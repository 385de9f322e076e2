/**
 * Inbound delivery logic, free of container code: the {@link
 * org.zoneledger.kafka.inbound.ConsumerLoop} (poll, group by partition, deliver with retry in
 * order, dead-letter, commit only past processed records, rebalance handling), its typed {@link
 * org.zoneledger.kafka.inbound.ConsumerSettings} and the {@link
 * org.zoneledger.kafka.inbound.DeliveryTarget} it delivers to. Tested with kafka-clients' {@code
 * MockConsumer}; the JCA classes in {@code org.zoneledger.kafka.ra} only wire it to endpoints.
 */
package org.zoneledger.kafka.inbound;
