package org.zoneledger.kafka.inbound;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.zoneledger.kafka.api.KafkaBatch;
import org.zoneledger.kafka.api.KafkaRecord;
import org.zoneledger.kafka.api.PartitionRef;

/** A delivery target that records every attempt and fails on the records it is told to. */
final class FakeTarget implements DeliveryTarget {

  final List<KafkaBatch> attempts = new ArrayList<>();
  final List<KafkaRecord> processed = new ArrayList<>();
  final List<Set<PartitionRef>> positionRequests = new ArrayList<>();
  final Set<String> poison = new HashSet<>();
  final Map<String, Integer> failuresLeft = new HashMap<>();
  final Map<String, Integer> deferralsLeft = new HashMap<>();
  Map<PartitionRef, Long> positions = Map.of();
  int positionFailuresLeft;
  Consumer<KafkaBatch> beforeEachDelivery = b -> {};

  void alwaysFailOn(int partition, long offset) {
    poison.add(partition + "@" + offset);
  }

  void failTimes(int partition, long offset, int times) {
    failuresLeft.put(partition + "@" + offset, times);
  }

  /** The next {@code times} units reaching this record consume only the records before it. */
  void deferTimes(int partition, long offset, int times) {
    deferralsLeft.put(partition + "@" + offset, times);
  }

  /** POLL mode: every call of {@link #deliverAll}, with the units it held. */
  final List<List<KafkaBatch>> pollDeliveries = new ArrayList<>();

  @Override
  public int deliver(KafkaBatch unit) {
    return apply(unit, processed);
  }

  /**
   * All or nothing, like one transaction: a unit that fails fails the call, and no record of any
   * unit counts as processed.
   */
  @Override
  public int[] deliverAll(List<KafkaBatch> units) {
    pollDeliveries.add(List.copyOf(units));
    List<KafkaRecord> done = new ArrayList<>();
    int[] consumed = new int[units.size()];
    for (int i = 0; i < units.size(); i++) {
      consumed[i] = apply(units.get(i), done);
    }
    processed.addAll(done);
    return consumed;
  }

  private int apply(KafkaBatch unit, List<KafkaRecord> processed) {
    beforeEachDelivery.accept(unit);
    attempts.add(unit);
    for (int i = 0; i < unit.size(); i++) {
      KafkaRecord r = unit.records().get(i);
      String id = r.partition() + "@" + r.offset();
      Integer deferrals = deferralsLeft.get(id);
      if (deferrals != null && deferrals > 0) {
        deferralsLeft.put(id, deferrals - 1);
        processed.addAll(unit.records().subList(0, i));
        return i;
      }
      if (poison.contains(id)) {
        throw new IllegalStateException("poison record " + id);
      }
      Integer left = failuresLeft.get(id);
      if (left != null && left > 0) {
        failuresLeft.put(id, left - 1);
        throw new IllegalStateException("transient failure on " + id);
      }
    }
    processed.addAll(unit.records());
    return unit.size();
  }

  @Override
  public Map<PartitionRef, Long> positions(Set<PartitionRef> assigned) {
    positionRequests.add(assigned);
    if (positionFailuresLeft > 0) {
      positionFailuresLeft--;
      throw new IllegalStateException("database down");
    }
    return positions;
  }

  List<Long> processedOffsets(int partition) {
    return processed.stream()
        .filter(r -> r.partition() == partition)
        .map(KafkaRecord::offset)
        .toList();
  }

  List<List<Long>> attemptedOffsets(int partition) {
    return attempts.stream()
        .filter(b -> b.partition() == partition)
        .map(b -> b.records().stream().map(KafkaRecord::offset).toList())
        .toList();
  }
}
