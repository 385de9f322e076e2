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

  @Embedded private RecordRef record;

  @Column(name = "ATTEMPTED_AT", nullable = false)
  private LocalDateTime attemptedAt;

  protected EchoAttempt() {}

  public EchoAttempt(RecordRef record) {
    this.record = record;
    this.attemptedAt = LocalDateTime.now(ZoneOffset.UTC);
  }
}
