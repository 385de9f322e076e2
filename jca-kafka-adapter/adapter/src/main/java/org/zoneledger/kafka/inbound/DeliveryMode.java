package org.zoneledger.kafka.inbound;

/**
 * How records reach the endpoint: one at a time, as batches of one partition, or as the batches of
 * every partition one poll made due, in one delivery.
 */
public enum DeliveryMode {
  RECORD,
  BATCH,
  POLL
}
