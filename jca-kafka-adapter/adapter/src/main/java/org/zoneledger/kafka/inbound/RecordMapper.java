package org.zoneledger.kafka.inbound;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.zoneledger.kafka.api.KafkaBatch;
import org.zoneledger.kafka.api.KafkaRecord;

/** Converts kafka-clients records to the API's records. */
final class RecordMapper {

  private RecordMapper() {}

  static KafkaRecord toRecord(ConsumerRecord<byte[], byte[]> r) {
    return new KafkaRecord(
        r.topic(), r.partition(), r.offset(), r.timestamp(), r.key(), r.value(), headers(r));
  }

  /** The record's headers; most records have none, and then nothing is allocated. */
  private static Map<String, byte[]> headers(ConsumerRecord<byte[], byte[]> r) {
    Header[] all = r.headers().toArray();
    if (all.length == 0) {
      return Map.of();
    }
    Map<String, byte[]> headers = new HashMap<>();
    for (Header h : all) {
      if (h.value() != null) {
        headers.put(h.key(), h.value());
      }
    }
    return headers;
  }

  static KafkaBatch toBatch(List<ConsumerRecord<byte[], byte[]>> unit) {
    ConsumerRecord<byte[], byte[]> first = unit.get(0);
    KafkaRecord[] records = new KafkaRecord[unit.size()];
    for (int i = 0; i < records.length; i++) {
      records[i] = toRecord(unit.get(i));
    }
    // List.of gives the null-free immutable list that KafkaBatch's List.copyOf keeps as it is
    return new KafkaBatch(first.topic(), first.partition(), List.of(records));
  }
}
