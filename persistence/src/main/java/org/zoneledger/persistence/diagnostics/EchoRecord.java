package org.zoneledger.persistence.diagnostics;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

  @Embedded private RecordRef record;

  @Column(name = "CONSUMER", nullable = false, length = 128)
  private String consumer;

  @Column(name = "STORED_AT", nullable = false)
  private LocalDateTime storedAt;

  protected EchoRecord() {}

  public EchoRecord(RecordRef record, String consumer) {
    this.record = record;
    this.consumer = consumer;
    this.storedAt = LocalDateTime.now(ZoneOffset.UTC);
  }

  public RecordRef record() {
    return record;
  }

  public String consumer() {
    return consumer;
  }
}
