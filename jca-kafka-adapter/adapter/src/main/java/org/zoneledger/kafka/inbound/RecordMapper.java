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
    Map<String, byte[]> headers = new HashMap<>();
    for (Header h : r.headers()) {
      if (h.value() != null) {
        headers.put(h.key(), h.value());
      }
    }
    return new KafkaRecord(
        r.topic(), r.partition(), r.offset(), r.timestamp(), r.key(), r.value(), headers);
  }

  static KafkaBatch toBatch(List<ConsumerRecord<byte[], byte[]>> unit) {
    ConsumerRecord<byte[], byte[]> first = unit.get(0);
    return new KafkaBatch(
        first.topic(), first.partition(), unit.stream().map(RecordMapper::toRecord).toList());
  }
}
