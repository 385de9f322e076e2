package org.zoneledger.kafka.inbound;

/** How records reach the endpoint: one at a time, or as batches of one partition. */
public enum DeliveryMode {
  RECORD,
  BATCH
}
