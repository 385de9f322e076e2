package org.zoneledger.kafka.inbound;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Delivers the pending records of one partition, in order, with retry, batch isolation and
 * dead-lettering. A unit that fails stays at the head of the partition's queue: nothing behind it
 * is delivered until it succeeds or, after {@code maxAttempts}, is acknowledged on the dead-letter
 * topic. A unit the target consumed in part (it returned fewer records than it was given) passes
 * those records; the rest stays at the head and is delivered again after {@link #PARTIAL_RETRY},
 * doubled for each further time in a row the target consumed nothing (at most the retry back-off),
 * which is not a failed attempt.
 */
final class PartitionDeliverer {

  private static final Logger LOG = Logger.getLogger(PartitionDeliverer.class.getName());

  /** The pause before the rest of a batch the target consumed in part is delivered again. */
  static final Duration PARTIAL_RETRY = Duration.ofMillis(5);

  private final ConsumerSettings settings;
  private final DeliveryTarget target;
  private final DeadLetterPublisher deadLetters;
  private final LongSupplier clock;
  private final BooleanSupplier running;

  PartitionDeliverer(
      ConsumerSettings settings,
      DeliveryTarget target,
      DeadLetterPublisher deadLetters,
      LongSupplier clock,
      BooleanSupplier running) {
    this.settings = settings;
    this.target = target;
    this.deadLetters = deadLetters;
    this.clock = clock;
    this.running = running;
  }

  /** Delivers what is due; returns when the queue is empty, a unit failed, or the loop stops. */
  void deliverDue(PartitionState s) {
    while (!s.pending.isEmpty()
        && !s.awaitingPosition
        && running.getAsBoolean()
        && s.isDue(clock.getAsLong())) {
      if (!attempt(s, nextUnit(s))) {
        return;
      }
    }
  }

  /** The unit the head of {@code s}'s queue would be delivered in, at most maxPollRecords. */
  List<ConsumerRecord<byte[], byte[]>> nextUnit(PartitionState s) {
    ConsumerRecord<byte[], byte[]> head = s.pending.peekFirst();
    if (settings.deliveryMode() == DeliveryMode.RECORD || head.offset() <= s.isolateThrough) {
      return List.of(head);
    }
    List<ConsumerRecord<byte[], byte[]>> unit = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> r : s.pending) {
      if (unit.size() == settings.maxPollRecords()) {
        break;
      }
      unit.add(r);
    }
    return unit;
  }

  private boolean attempt(PartitionState s, List<ConsumerRecord<byte[], byte[]>> unit) {
    int consumed;
    try {
      consumed = target.deliver(RecordMapper.toBatch(unit));
      if (consumed < 0 || consumed > unit.size()) {
        throw new IllegalStateException(
            "the target consumed " + consumed + " records of a unit of " + unit.size());
      }
    } catch (TargetUnavailableException e) {
      LOG.log(Level.FINE, e, () -> "endpoint unavailable for " + describe(unit) + ", will retry");
      s.backOffUntil(clock.getAsLong() + settings.retryBackoff().toNanos());
      return false;
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) {
      return failed(s, unit, e);
    }
    return consumed(s, consumed, unit.size());
  }

  /**
   * Records that the target processed {@code consumed} records of a unit of {@code size} at the
   * head of {@code s}'s queue; a unit consumed in part backs off. Returns whether the unit passed
   * whole.
   */
  boolean consumed(PartitionState s, int consumed, int size) {
    if (consumed > 0) {
      passed(s, consumed);
      s.idleRetries = 0;
    } else {
      s.idleRetries++;
    }
    if (consumed < size) {
      long pause = PARTIAL_RETRY.toNanos() << Math.min(Math.max(0, s.idleRetries - 1), 10);
      s.backOffUntil(clock.getAsLong() + Math.min(pause, settings.retryBackoff().toNanos()));
      return false;
    }
    return true;
  }

  private boolean failed(PartitionState s, List<ConsumerRecord<byte[], byte[]>> unit, Throwable e) {
    s.attempts++;
    if (s.attempts < settings.maxAttempts()) {
      if (s.attempts == 1) {
        LOG.log(
            Level.WARNING,
            "Delivery of "
                + describe(unit)
                + " failed; retrying in order (up to "
                + settings.maxAttempts()
                + " attempts): "
                + e,
            e);
      }
      s.backOffUntil(clock.getAsLong() + settings.retryBackoff().toNanos());
      return false;
    }
    if (unit.size() > 1) {
      LOG.warning(
          () ->
              "Batch "
                  + describe(unit)
                  + " failed "
                  + s.attempts
                  + " times; redelivering its records one by one to isolate the failing one");
      s.isolateThrough = unit.get(unit.size() - 1).offset();
      s.attempts = 0;
      return true;
    }
    return deadLetter(s, unit.get(0), e);
  }

  private boolean deadLetter(PartitionState s, ConsumerRecord<byte[], byte[]> record, Throwable e) {
    String topic = settings.deadLetterTopicFor(record.topic());
    try {
      deadLetters.publish(record, e, s.attempts);
    } catch (Exception publishError) {
      LOG.log(
          Level.SEVERE,
          "Could not dead-letter "
              + describe(List.of(record))
              + " to "
              + topic
              + "; it is kept and retried: "
              + publishError,
          publishError);
      s.attempts = settings.maxAttempts() - 1;
      s.backOffUntil(clock.getAsLong() + settings.retryBackoff().toNanos());
      return false;
    }
    LOG.log(
        Level.SEVERE,
        "Delivery of "
            + describe(List.of(record))
            + " failed "
            + s.attempts
            + " times; sent to dead-letter topic "
            + topic
            + " and passed: "
            + e,
        e);
    passed(s, 1);
    return true;
  }

  private static void passed(PartitionState s, int count) {
    ConsumerRecord<byte[], byte[]> last = null;
    for (int i = 0; i < count; i++) {
      last = s.pending.pollFirst();
    }
    s.processed = last.offset() + 1;
    s.attempts = 0;
    s.clearBackOff();
  }

  static String describe(List<ConsumerRecord<byte[], byte[]>> unit) {
    ConsumerRecord<byte[], byte[]> first = unit.get(0);
    long last = unit.get(unit.size() - 1).offset();
    String offsets = first.offset() == last ? "" + last : first.offset() + ".." + last;
    return "topic " + first.topic() + " partition " + first.partition() + " offset " + offsets;
  }
}
