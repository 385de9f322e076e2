package org.zoneledger.consensus.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.zoneledger.consensus.domain.drme.LogPosition;
import org.zoneledger.persistence.consensus.DrmeRequest;
import org.zoneledger.protocol.message.RequestId;

/**
 * Where this node sequenced a request on the {@code requests} log: the partition, offset and log
 * time of its {@code DRME_REQUEST} row, read on the caller's transaction (nothing kept between
 * calls). Empty for a request the node has not sequenced. The {@code sequencedAt} of {@link
 * org.zoneledger.consensus.infrastructure.kafka.LogRequestSource}.
 */
public final class JpaRequestPositions implements Function<RequestId, Optional<LogPosition>> {
  private final EntityManager em;

  public JpaRequestPositions(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

  @Override
  public Optional<LogPosition> apply(RequestId id) {
    return Optional.ofNullable(em.find(DrmeRequest.class, id.value()))
        .map(row -> new LogPosition(row.partition(), row.offset(), row.logTime()));
  }
}
