package org.zoneledger.kafka.api;

/** Where an acknowledged record was written. */
public record RecordPosition(String topic, int partition, long offset) {}
