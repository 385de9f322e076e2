package org.zoneledger.kafka.inbound;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.zoneledger.kafka.api.KafkaBatch;

/**
 * POLL mode: delivers the due units of all partitions together, in one call of the target (one
 * transaction), so a consumer of several partitions commits once per round instead of once per
 * partition. Each partition's unit is the one {@link PartitionDeliverer} would deliver, and what
 * the target consumed of it is recorded the same way (a unit consumed in part backs off).
 *
 * <p>A delivery of several partitions that fails is not retried as a whole, so that one failing
 * partition never holds the others back: every partition it held is marked to go alone up to the
 * last record it held ({@link PartitionState#aloneThrough}), and is delivered by the {@link
 * PartitionDeliverer} with its retry, isolation and dead-letter rules until those records pass.
 */
final class PollDeliverer {

  private static final Logger LOG = Logger.getLogger(PollDeliverer.class.getName());

  private final ConsumerSettings settings;
  private final DeliveryTarget target;
  private final PartitionDeliverer alone;
  private final LongSupplier clock;
  private final BooleanSupplier running;

  PollDeliverer(
      ConsumerSettings settings,
      DeliveryTarget target,
      PartitionDeliverer alone,
      LongSupplier clock,
      BooleanSupplier running) {
    this.settings = settings;
    this.target = target;
    this.alone = alone;
    this.clock = clock;
    this.running = running;
  }

  /** Delivers what is due of {@code states}; returns when nothing due is left or a call failed. */
  void deliverDue(Collection<PartitionState> states) {
    for (PartitionState s : states) {
      if (goesAlone(s)) {
        alone.deliverDue(s);
      }
    }
    while (running.getAsBoolean()) {
      long now = clock.getAsLong();
      List<PartitionState> ready = new ArrayList<>();
      for (PartitionState s : states) {
        if (!s.pending.isEmpty() && !s.awaitingPosition && s.isDue(now) && !goesAlone(s)) {
          ready.add(s);
        }
      }
      if (ready.isEmpty() || !deliverTogether(ready)) {
        return;
      }
    }
  }

  private boolean deliverTogether(List<PartitionState> ready) {
    List<List<ConsumerRecord<byte[], byte[]>>> units = new ArrayList<>();
    List<KafkaBatch> batches = new ArrayList<>();
    for (PartitionState s : ready) {
      List<ConsumerRecord<byte[], byte[]>> unit = alone.nextUnit(s);
      units.add(unit);
      batches.add(RecordMapper.toBatch(unit));
    }
    int[] consumed;
    try {
      consumed = target.deliverAll(batches);
      check(consumed, units);
    } catch (TargetUnavailableException e) {
      LOG.log(Level.FINE, e, () -> "endpoint unavailable for " + describe(units) + ", will retry");
      backOff(ready, settings.retryBackoff().toNanos());
      return false;
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) {
      LOG.log(
          Level.WARNING,
          "Delivery of " + describe(units) + " failed; retrying each partition alone: " + e,
          e);
      for (int i = 0; i < ready.size(); i++) {
        List<ConsumerRecord<byte[], byte[]>> unit = units.get(i);
        ready.get(i).aloneThrough = unit.get(unit.size() - 1).offset();
      }
      backOff(ready, settings.retryBackoff().toNanos());
      return false;
    }
    for (int i = 0; i < ready.size(); i++) {
      alone.consumed(ready.get(i), consumed[i], units.get(i).size());
    }
    return true;
  }

  private static boolean goesAlone(PartitionState s) {
    return !s.pending.isEmpty() && s.pending.peekFirst().offset() <= s.aloneThrough;
  }

  private void backOff(List<PartitionState> states, long nanos) {
    long until = clock.getAsLong() + nanos;
    states.forEach(s -> s.backOffUntil(until));
  }

  private static void check(int[] consumed, List<List<ConsumerRecord<byte[], byte[]>>> units) {
    if (consumed == null || consumed.length != units.size()) {
      throw new IllegalStateException(
          "the target answered "
              + (consumed == null ? "null" : consumed.length + " counts")
              + " for "
              + units.size()
              + " units");
    }
    for (int i = 0; i < consumed.length; i++) {
      if (consumed[i] < 0 || consumed[i] > units.get(i).size()) {
        throw new IllegalStateException(
            "the target consumed " + consumed[i] + " records of a unit of " + units.get(i).size());
      }
    }
  }

  private static String describe(List<List<ConsumerRecord<byte[], byte[]>>> units) {
    List<String> parts = new ArrayList<>();
    units.forEach(unit -> parts.add(PartitionDeliverer.describe(unit)));
    return String.join(", ", parts);
  }
}
