package org.zoneledger.kafka.inbound;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zoneledger.kafka.api.KafkaBatch;
import org.zoneledger.kafka.api.PartitionRef;

/**
 * Where the {@link ConsumerLoop} delivers: in production a message endpoint, in tests a fake. Both
 * methods are called on the consumer's thread only.
 */
public interface DeliveryTarget {

  /**
   * Delivers one unit: a single record (RECORD mode, or a record being isolated in BATCH mode) or a
   * batch of one partition. Returns how many of its records, from the first, were processed (all of
   * them in RECORD mode); anything thrown marks the delivery failed. Throw {@link
   * TargetUnavailableException} when the endpoint itself is not available (not counted as an
   * attempt).
   */
  int deliver(KafkaBatch unit) throws Exception;

  /**
   * POLL mode: delivers the units of several partitions (one each) in one delivery. Returns, per
   * unit in the order given, how many of its records from the first were processed; anything thrown
   * marks the whole delivery failed, as {@link #deliver} does.
   */
  default int[] deliverAll(List<KafkaBatch> units) throws Exception {
    throw new UnsupportedOperationException("this target delivers one partition at a time");
  }

  /** The application's stored positions for {@code assigned}; see the listener interfaces. */
  Map<PartitionRef, Long> positions(Set<PartitionRef> assigned) throws Exception;
}
