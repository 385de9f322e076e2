package org.zoneledger.consensus.domain.drme;

import java.util.Objects;

/** One decoded record of a topic partition, as an MDB hands it to a handler. */
public record Delivery<T>(LogPosition position, T record) {
  public Delivery {
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(record, "record");
  }
}
