package org.zoneledger.kafka.outbound;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * A {@code MockConsumer} over a fixed log of one partition: every seek hands it the records from
 * that offset on again (a {@code MockConsumer} forgets records once polled). It counts the times it
 * was used by two threads at once, which a {@code KafkaConsumer} forbids.
 */
final class LogConsumer extends MockConsumer<byte[], byte[]> {

  private final List<ConsumerRecord<byte[], byte[]>> log;
  private final AtomicInteger overlaps;
  private final AtomicInteger users = new AtomicInteger();

  LogConsumer(TopicPartition tp, long start, List<ConsumerRecord<byte[], byte[]>> log) {
    this(tp, start, log, new AtomicInteger());
  }

  LogConsumer(
      TopicPartition tp,
      long start,
      List<ConsumerRecord<byte[], byte[]>> log,
      AtomicInteger overlaps) {
    super("none");
    this.log = new ArrayList<>(log);
    this.overlaps = overlaps;
    long end = log.isEmpty() ? start : log.get(log.size() - 1).offset() + 1;
    updateBeginningOffsets(Map.of(tp, start));
    updateEndOffsets(Map.of(tp, end));
  }

  @Override
  public void assign(Collection<TopicPartition> partitions) {
    if (!partitions.isEmpty() && users.incrementAndGet() > 1) {
      overlaps.incrementAndGet();
    }
    super.assign(partitions);
    if (partitions.isEmpty()) {
      users.decrementAndGet();
    }
  }

  @Override
  public synchronized void seek(TopicPartition partition, long offset) {
    super.seek(partition, offset);
    for (ConsumerRecord<byte[], byte[]> r : log) {
      if (r.topic().equals(partition.topic())
          && r.partition() == partition.partition()
          && r.offset() >= offset) {
        addRecord(r);
      }
    }
  }

  @Override
  public ConsumerRecords<byte[], byte[]> poll(Duration timeout) {
    Thread.yield(); // widens the window in which a second user would be seen
    return super.poll(timeout);
  }
}
