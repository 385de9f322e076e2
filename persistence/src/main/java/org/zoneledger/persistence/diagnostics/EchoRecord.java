package org.zoneledger.persistence.diagnostics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The stored effect of one record seen by the echo consumer: which record it was, and who consumed
 * it. Deliberately without a unique constraint on (topic, partition, offset), so that a duplicate
 * effect stays visible to the checks instead of being masked by a constraint violation.
 */
@Entity
@Table(name = "ECHO_RECORD")
public class EchoRecord {

  @Id
  @SequenceGenerator(
      name = "ECHO_RECORD_SEQ",
      sequenceName = "ECHO_RECORD_SEQ",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ECHO_RECORD_SEQ")
  @Column(name = "ID")
  private Long id;

  @Column(name = "TOPIC", nullable = false, length = 249)
  private String topic;

  @Column(name = "PART", nullable = false)
  private int partition;

  @Column(name = "OFFS", nullable = false)
  private long offset;

  @Column(name = "RECORD_KEY", length = 512)
  private String key;

  @Column(name = "CONSUMER", nullable = false, length = 128)
  private String consumer;

  @Column(name = "STORED_AT", nullable = false)
  private LocalDateTime storedAt;

  protected EchoRecord() {}

  public EchoRecord(String topic, int partition, long offset, String key, String consumer) {
    this.topic = topic;
    this.partition = partition;
    this.offset = offset;
    this.key = key;
    this.consumer = consumer;
    this.storedAt = LocalDateTime.now(ZoneOffset.UTC);
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

  public String consumer() {
    return consumer;
  }
}
