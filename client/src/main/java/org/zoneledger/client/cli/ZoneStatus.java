package org.zoneledger.client.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.zoneledger.client.broker.BrokerStatus;
import org.zoneledger.client.demo.NodeAdmin;
import org.zoneledger.client.launch.H2Server;
import org.zoneledger.client.launch.LocalNode;
import org.zoneledger.client.launch.LocalZone;
import org.zoneledger.client.launch.ZoneTopics;
import org.zoneledger.protocol.zone.ZoneDescriptor;
import org.zoneledger.protocol.zone.ZoneDescriptorJson;

/**
 * {@code zone status}: the broker, each node's database and instances (PID, URL, health), the
 * zone's topics with their partitions and how each node's consumer groups hold them, and the latest
 * elections as a node reports them.
 */
final class ZoneStatus {

  private static final int ELECTIONS = 10;

  private final Path dir;
  private final PrintStream out;
  private final List<URI> healthy = new ArrayList<>();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  ZoneStatus(Path dir, PrintStream out) {
    this.dir = dir;
    this.out = out;
  }

  int print() throws IOException {
    Optional<BrokerStatus> broker = BrokerStatus.of(dir.resolve("kafka"));
    out.println(
        broker
            .map(b -> "kafka     pid " + b.pid() + " on " + b.bootstrapServers())
            .orElse("kafka     not running"));
    Optional<ZoneDescriptor> zone = descriptor();
    zone.ifPresent(
        z ->
            out.printf(
                "zone      %s, %d nodes, descriptor %s%n",
                z.zoneId(), z.nodes().size(), dir.resolve(LocalZone.DESCRIPTOR)));
    for (Path nodeDir : LocalZone.nodeDirs(dir)) {
      node(nodeDir);
    }
    if (zone.isPresent() && broker.isPresent()) {
      kafka(broker.get().bootstrapServers(), zone.get());
    }
    if (!healthy.isEmpty()) {
      elections(healthy.get(0));
    }
    return 0;
  }

  private Optional<ZoneDescriptor> descriptor() {
    if (!LocalZone.commissioned(dir)) {
      out.println("zone      not commissioned (no " + dir.resolve(LocalZone.DESCRIPTOR) + ")");
      return Optional.empty();
    }
    try {
      return Optional.of(ZoneDescriptorJson.read(dir.resolve(LocalZone.DESCRIPTOR)));
    } catch (IOException | RuntimeException e) {
      out.println("zone      unreadable descriptor: " + e.getMessage());
      return Optional.empty();
    }
  }

  private void node(Path nodeDir) throws IOException {
    String name = nodeDir.getFileName().toString();
    out.printf(
        "%-9s database %s%n",
        name, H2Server.live(nodeDir.resolve("db")).map(p -> "pid " + p.pid()).orElse("stopped"));
    for (Path instanceDir : LocalNode.instanceDirs(nodeDir)) {
      Optional<ProcessHandle> live = LocalNode.liveInstance(instanceDir);
      if (live.isEmpty()) {
        out.printf("  %-9s stopped%n", instanceDir.getFileName());
        continue;
      }
      Optional<Integer> port = LocalZone.httpPort(live.get());
      String url = port.map(p -> "http://127.0.0.1:" + p).orElse("?");
      String health = "";
      if (port.isPresent()) {
        int status = new NodeAdmin(URI.create(url), http).health();
        health = status == 200 ? "healthy" : status < 0 ? "not answering" : "HTTP " + status;
        if (status == 200) {
          healthy.add(URI.create(url));
        }
      }
      out.printf(
          "  %-9s pid %-7d %-22s %s%n", instanceDir.getFileName(), live.get().pid(), url, health);
    }
  }

  /** Partitions per topic; per consumer group of each node, the partitions each member holds. */
  private void kafka(String bootstrap, ZoneDescriptor zone) {
    ZoneTopics topics = ZoneTopics.of(zone);
    List<String> names = List.of(topics.requests(), topics.entityLog(), topics.votes());
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
    try (Admin admin = Admin.create(props)) {
      Map<String, TopicDescription> described =
          admin.describeTopics(names).allTopicNames().get(10, TimeUnit.SECONDS);
      out.println("topics");
      for (String topic : names) {
        out.printf("  %-28s %d partitions%n", topic, described.get(topic).partitions().size());
      }
      List<String> groups = new ArrayList<>();
      zone.nodes()
          .forEach(
              n -> {
                groups.add(n.id().value() + ".coordinator");
                groups.add(n.id().value() + ".validator");
              });
      Map<String, ConsumerGroupDescription> byGroup =
          admin.describeConsumerGroups(groups).all().get(10, TimeUnit.SECONDS);
      out.println("consumer groups (partitions each member holds)");
      for (String group : groups) {
        group(byGroup.get(group));
      }
    } catch (ExecutionException | TimeoutException e) {
      out.println("topics    not readable: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void group(ConsumerGroupDescription group) {
    out.printf(
        "  %-20s %s, %d member(s)%n", group.groupId(), group.groupState(), group.members().size());
    List<MemberDescription> members = new ArrayList<>(group.members());
    members.sort(
        java.util.Comparator.comparing(MemberDescription::clientId)
            .thenComparing(m -> firstPartition(m)));
    for (MemberDescription member : members) {
      Map<String, TreeSet<Integer>> byTopic = new TreeMap<>();
      for (TopicPartition tp : member.assignment().topicPartitions()) {
        byTopic.computeIfAbsent(tp.topic(), t -> new TreeSet<>()).add(tp.partition());
      }
      List<String> held = new ArrayList<>();
      byTopic.forEach((topic, partitions) -> held.add(shortTopic(topic) + " " + partitions));
      out.printf(
          "    %-44s %s%n",
          member.clientId() + " " + member.consumerId().replaceFirst("^.*-", "…"),
          String.join("  ", held));
    }
  }

  private static int firstPartition(MemberDescription member) {
    return member.assignment().topicPartitions().stream()
        .mapToInt(TopicPartition::partition)
        .min()
        .orElse(Integer.MAX_VALUE);
  }

  private static String shortTopic(String topic) {
    return topic.substring(topic.lastIndexOf('.') + 1);
  }

  private void elections(URI node) {
    Optional<List<NodeAdmin.Election>> latest;
    try {
      latest = new NodeAdmin(node, http).elections(ELECTIONS);
    } catch (RuntimeException e) {
      out.println("elections not readable from " + node + ": " + e.getMessage());
      return;
    }
    if (latest.isEmpty()) {
      out.println("elections " + node + " does not serve /api/admin/zone/elections");
      return;
    }
    out.printf("latest elections (from %s, newest first)%n", node);
    out.printf(
        "  %-36s %9s %7s %5s %-11s %s%n",
        "request", "partition", "offset", "round", "coordinator", "status");
    for (NodeAdmin.Election e : latest.get()) {
      out.printf(
          "  %-36s %9s %7s %5s %-11s %s%n",
          e.requestId(), e.partition(), e.offset(), e.round(), e.coordinator(), e.status());
    }
  }
}
