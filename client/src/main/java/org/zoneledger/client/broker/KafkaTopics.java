package org.zoneledger.client.broker;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates topics (replication factor 1) and waits until every partition has a leader, so a producer
 * that starts right after does not race the leader election.
 */
public final class KafkaTopics {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  private static final long PAUSE_MILLIS = 100;

  private KafkaTopics() {}

  /** Creates the topics that do not exist yet; topics that exist are left as they are. */
  public static void create(String bootstrap, Map<String, Integer> partitionsByTopic) {
    create(bootstrap, partitionsByTopic, DEFAULT_TIMEOUT);
  }

  public static void create(
      String bootstrap, Map<String, Integer> partitionsByTopic, Duration timeout) {
    List<NewTopic> topics =
        partitionsByTopic.entrySet().stream()
            .map(e -> new NewTopic(e.getKey(), e.getValue(), (short) 1))
            .toList();
    try (Admin admin = Admin.create(BrokerReadiness.adminProperties(bootstrap))) {
      admin.createTopics(topics).values().forEach((name, result) -> awaitCreated(name, result));
      awaitLeaders(admin, partitionsByTopic.keySet(), timeout);
    }
  }

  private static void awaitCreated(String name, org.apache.kafka.common.KafkaFuture<Void> result) {
    try {
      result.get();
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new BrokerException("cannot create topic " + name + ": " + e.getCause(), e);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BrokerException("interrupted while creating topic " + name, e);
    }
  }

  private static void awaitLeaders(Admin admin, Collection<String> names, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      try {
        Map<String, TopicDescription> described = admin.describeTopics(names).allTopicNames().get();
        if (described.values().stream().allMatch(KafkaTopics::allPartitionsLed)) {
          return;
        }
      } catch (ExecutionException e) {
        // metadata not propagated yet (UnknownTopicOrPartition): try again until the deadline
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new BrokerException("interrupted while waiting for partition leaders", e);
      }
      if (System.nanoTime() > deadline) {
        throw new BrokerException(
            "partitions of " + names + " have no leader after " + timeout.toSeconds() + " s");
      }
      try {
        Thread.sleep(PAUSE_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new BrokerException("interrupted while waiting for partition leaders", e);
      }
    }
  }

  private static boolean allPartitionsLed(TopicDescription topic) {
    return topic.partitions().stream()
        .map(TopicPartitionInfo::leader)
        .allMatch(leader -> leader != null && !leader.isEmpty());
  }
}
