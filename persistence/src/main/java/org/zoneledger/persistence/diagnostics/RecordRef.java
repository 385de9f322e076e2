package org.zoneledger.persistence.diagnostics;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Which Kafka record a diagnostics row is about: topic, partition, offset and key. */
@Embeddable
public class RecordRef {

  @Column(name = "TOPIC", nullable = false, length = 249)
  private String topic;

  @Column(name = "PART", nullable = false)
  private int partition;

  @Column(name = "OFFS", nullable = false)
  private long offset;

  @Column(name = "RECORD_KEY", length = 512)
  private String key;

  protected RecordRef() {}

  public RecordRef(String topic, int partition, long offset, String key) {
    this.topic = topic;
    this.partition = partition;
    this.offset = offset;
    this.key = key;
  }

  public String topic() {
    return topic;
  }

  public int partition() {
    return partition;
  }

  public long offset() {
    return offset;
  }

  public String key() {
    return key;
  }
}
