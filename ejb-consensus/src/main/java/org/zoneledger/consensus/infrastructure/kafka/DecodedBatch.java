package org.zoneledger.consensus.infrastructure.kafka;

import java.util.List;
import java.util.Optional;
import org.zoneledger.consensus.domain.drme.Delivery;
import org.zoneledger.consensus.domain.drme.Outcome;

/**
 * One adapter batch of one partition, decoded: the deliveries for the engine, in log order, and the
 * records refused. The engine advances the consumed offset only over the deliveries it gets, so
 * when {@code refusals} is not empty the caller advances the partition's offset to {@code
 * nextOffset} (unless it is already beyond) in the same transaction; a redelivered refused record
 * is refused the same way again.
 *
 * @param nextOffset the offset after the last record of the batch
 */
public record DecodedBatch<T>(
    int partition, List<Delivery<T>> deliveries, List<Refusal> refusals, long nextOffset) {
  public DecodedBatch {
    deliveries = List.copyOf(deliveries);
    refusals = List.copyOf(refusals);
  }

  /** The rejections to announce for client requests that did not verify. */
  public List<Outcome.Rejected> rejections() {
    return refusals.stream().map(Refusal::rejection).flatMap(Optional::stream).toList();
  }
}
