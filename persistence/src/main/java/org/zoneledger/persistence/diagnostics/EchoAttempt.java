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
 * One delivery attempt of a record the echo consumer refused on purpose (a "poison" record),
 * written in its own transaction so that it survives the rollback of the attempt.
 */
@Entity
@Table(name = "ECHO_ATTEMPT")
public class EchoAttempt {

  @Id
  @SequenceGenerator(
      name = "ECHO_ATTEMPT_SEQ",
      sequenceName = "ECHO_ATTEMPT_SEQ",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ECHO_ATTEMPT_SEQ")
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

  @Column(name = "ATTEMPTED_AT", nullable = false)
  private LocalDateTime attemptedAt;

  protected EchoAttempt() {}

  public EchoAttempt(String topic, int partition, long offset, String key) {
    this.topic = topic;
    this.partition = partition;
    this.offset = offset;
    this.key = key;
    this.attemptedAt = LocalDateTime.now(ZoneOffset.UTC);
  }
}
