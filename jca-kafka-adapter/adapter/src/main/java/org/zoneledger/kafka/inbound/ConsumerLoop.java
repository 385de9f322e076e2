package org.zoneledger.kafka.inbound;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

/**
 * The consumer loop of one consumer: poll, queue records per partition, deliver each partition's
 * queue in order with retry ({@link PartitionDeliverer}; in POLL mode all partitions' due records
 * in one delivery, {@link PollDeliverer}), pause partitions whose queue is not empty, commit
 * offsets only past processed records. Rebalances are handled by {@link Rebalancer}.
 *
 * <p>Threading: {@link #run()} (or, in tests, {@link #subscribe()} and {@link #pollOnce()}) must be
 * called by the single thread that owns the consumer; only {@link #stop()} may be called from any
 * thread (it uses {@code wakeup()}). The consumer is closed when {@link #run()} returns.
 */
public final class ConsumerLoop implements Runnable {

  private static final Logger LOG = Logger.getLogger(ConsumerLoop.class.getName());

  private final Consumer<byte[], byte[]> consumer;
  private final ConsumerSettings settings;
  private final DeadLetterPublisher deadLetters;
  private final LongSupplier clock;
  private final Map<TopicPartition, PartitionState> states = new LinkedHashMap<>();
  private final PartitionDeliverer deliverer;
  private final PollDeliverer pollDeliverer;
  private final Rebalancer rebalancer;
  private volatile boolean running = true;

  public ConsumerLoop(
      Consumer<byte[], byte[]> consumer,
      ConsumerSettings settings,
      DeliveryTarget target,
      DeadLetterPublisher deadLetters,
      LongSupplier clock) {
    this.consumer = consumer;
    this.settings = settings;
    this.deadLetters = deadLetters;
    this.clock = clock;
    this.deliverer = new PartitionDeliverer(settings, target, deadLetters, clock, this::isRunning);
    this.pollDeliverer = new PollDeliverer(settings, target, deliverer, clock, this::isRunning);
    this.rebalancer = new Rebalancer(consumer, settings, target, states, clock, this::commit);
  }

  @Override
  public void run() {
    try {
      subscribe();
      while (running) {
        try {
          pollOnce();
        } catch (WakeupException e) {
          if (running) {
            LOG.fine("Unexpected wakeup; continuing");
          }
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Consumer of " + settings.topics() + " failed; retrying: " + e, e);
          pause(settings.retryBackoff());
        }
      }
    } finally {
      shutdown();
    }
  }

  /** Stops the loop from any thread: the current delivery completes, nothing new starts. */
  public void stop() {
    running = false;
    consumer.wakeup();
  }

  public boolean isRunning() {
    return running;
  }

  void subscribe() {
    consumer.subscribe(settings.topics(), rebalancer);
  }

  /** One iteration: poll, deliver what is due, pause/resume, commit. */
  void pollOnce() {
    rebalancer.retryPositionsIfDue();
    ConsumerRecords<byte[], byte[]> records = consumer.poll(nextPollTimeout());
    for (TopicPartition tp : records.partitions()) {
      PartitionState s = states.get(tp);
      if (s != null) {
        s.pending.addAll(records.records(tp));
      }
    }
    if (settings.deliveryMode() == DeliveryMode.POLL) {
      pollDeliverer.deliverDue(new ArrayList<>(states.values()));
    } else {
      for (PartitionState s : new ArrayList<>(states.values())) {
        deliverer.deliverDue(s);
      }
    }
    updatePauses();
    commit(states.values(), false);
  }

  private Duration nextPollTimeout() {
    long now = clock.getAsLong();
    long nanos = settings.pollTimeout().toNanos();
    for (PartitionState s : states.values()) {
      if (!s.pending.isEmpty() && !s.awaitingPosition) {
        nanos = Math.min(nanos, s.nanosUntilDue(now));
      }
    }
    nanos = Math.min(nanos, rebalancer.nanosUntilPositionsRetry(now));
    return Duration.ofNanos(nanos);
  }

  private void updatePauses() {
    Set<TopicPartition> paused = consumer.paused();
    Set<TopicPartition> toPause = new HashSet<>();
    Set<TopicPartition> toResume = new HashSet<>();
    for (PartitionState s : states.values()) {
      boolean isPaused = paused.contains(s.partition);
      if (s.needsPause() && !isPaused) {
        toPause.add(s.partition);
      } else if (!s.needsPause() && isPaused) {
        toResume.add(s.partition);
      }
    }
    if (!toPause.isEmpty()) {
      consumer.pause(toPause);
    }
    if (!toResume.isEmpty()) {
      consumer.resume(toResume);
    }
  }

  /** Commits the processed offsets of {@code which}; never beyond a processed record. */
  void commit(Collection<PartitionState> which, boolean sync) {
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    for (PartitionState s : which) {
      if (s.hasUncommitted()) {
        offsets.put(s.partition, new OffsetAndMetadata(s.processed));
        s.committed = s.processed;
      }
    }
    if (offsets.isEmpty()) {
      return;
    }
    if (sync) {
      consumer.commitSync(offsets);
    } else {
      consumer.commitAsync(offsets, (done, error) -> commitFailed(offsets, error));
    }
  }

  private void commitFailed(Map<TopicPartition, OffsetAndMetadata> offsets, Exception error) {
    if (error == null) {
      return;
    }
    LOG.log(Level.WARNING, "Offset commit " + offsets + " failed; will retry: " + error, error);
    offsets.forEach(
        (tp, om) -> {
          PartitionState s = states.get(tp);
          if (s != null && s.committed == om.offset()) {
            s.committed = -1;
          }
        });
  }

  private void shutdown() {
    try {
      commit(states.values(), true);
    } catch (WakeupException e) {
      retryFinalCommit();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Final offset commit failed: " + e, e);
    } finally {
      try {
        consumer.close();
      } finally {
        deadLetters.close();
        LOG.fine(() -> "Consumer of " + settings.topics() + " closed");
      }
    }
  }

  private void retryFinalCommit() {
    try {
      states.values().forEach(s -> s.committed = -1);
      commit(states.values(), true);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Final offset commit failed: " + e, e);
    }
  }

  private void pause(Duration d) {
    try {
      Thread.sleep(Math.max(1, d.toMillis()));
    } catch (InterruptedException e) {
      LOG.info("Consumer thread interrupted; stopping");
      running = false;
    }
  }
}
