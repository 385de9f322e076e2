package org.zoneledger.kafka.api;

import java.util.Map;

/** A record to produce; {@code key} may be null, {@code headers} may be empty. */
public record OutgoingRecord(String topic, byte[] key, byte[] value, Map<String, byte[]> headers) {

  public OutgoingRecord {
    headers = headers == null ? Map.of() : Map.copyOf(headers);
  }

  public OutgoingRecord(String topic, byte[] key, byte[] value) {
    this(topic, key, value, Map.of());
  }
}
