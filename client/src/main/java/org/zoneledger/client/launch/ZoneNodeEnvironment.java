package org.zoneledger.client.launch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.zone.ZoneDescriptorJson;

/**
 * The consensus settings of one zone node, the same for each of its instances: consensus on, which
 * member it is, the zone descriptor (the node key is found beside it, {@code keys/<nodeId>.p8}),
 * the zone's topics and the node's own consumer groups {@code <nodeId>.coordinator} and {@code
 * <nodeId>.validator} (architecture §1: every node consumes every topic with its own groups; the
 * node's instances share them). Optionally the echo diagnostics of the node on given topics with a
 * group of its own ({@code <nodeId>.echo}). Database and broker settings are the launcher's.
 *
 * <pre>{@code
 * Map<String, String> env = ZoneNodeEnvironment.of(zoneDir.resolve("zone.json"), "node2")
 *     .withEcho("zoneledger.echo", "zoneledger.echo.ack")
 *     .env();
 * }</pre>
 *
 * @param nodeId the member this node is
 * @param descriptor the zone descriptor file ({@code zone.json}), made absolute
 * @param topics the zone's topics
 * @param echo the echo topics and acknowledgement topic, if the node should run the echo path on
 *     topics of its choosing (empty: the application's defaults)
 */
public record ZoneNodeEnvironment(
    NodeId nodeId, Path descriptor, ZoneTopics topics, Optional<Echo> echo) {

  public static final String CONSENSUS = "ZONELEDGER_CONSENSUS";
  public static final String NODE_ID = "ZONELEDGER_NODE_ID";
  public static final String ZONE_DESCRIPTOR = "ZONELEDGER_ZONE_DESCRIPTOR";
  public static final String TOPIC_REQUESTS = "ZONELEDGER_TOPIC_REQUESTS";
  public static final String TOPIC_ENTITY_LOG = "ZONELEDGER_TOPIC_ENTITY_LOG";
  public static final String TOPIC_VOTES = "ZONELEDGER_TOPIC_VOTES";
  public static final String COORDINATOR_GROUP = "ZONELEDGER_COORDINATOR_GROUP";
  public static final String VALIDATOR_GROUP = "ZONELEDGER_VALIDATOR_GROUP";
  public static final String ECHO_TOPICS = "ZONELEDGER_ECHO_TOPICS";
  public static final String ECHO_GROUP = "ZONELEDGER_ECHO_GROUP";
  public static final String ECHO_ACK_TOPIC = "ZONELEDGER_ECHO_ACK_TOPIC";

  /**
   * The echo path of a node: the topics it reads, and where it acknowledges ("" for none).
   *
   * @param topics comma-separated topics
   * @param ackTopic acknowledgement topic; empty for none
   */
  public record Echo(String topics, String ackTopic) {
    public Echo {
      Objects.requireNonNull(topics, "topics");
      Objects.requireNonNull(ackTopic, "ackTopic");
    }
  }

  public ZoneNodeEnvironment {
    Objects.requireNonNull(nodeId, "nodeId");
    descriptor = descriptor.toAbsolutePath().normalize();
    Objects.requireNonNull(topics, "topics");
    Objects.requireNonNull(echo, "echo");
  }

  /** Node {@code nodeId} of the zone described by {@code descriptor}, topics by its prefix. */
  public static ZoneNodeEnvironment of(Path descriptor, String nodeId) throws IOException {
    ZoneTopics topics = ZoneTopics.of(ZoneDescriptorJson.read(descriptor));
    return new ZoneNodeEnvironment(new NodeId(nodeId), descriptor, topics, Optional.empty());
  }

  /** The same node running the echo path on {@code topics}, acknowledging to {@code ackTopic}. */
  public ZoneNodeEnvironment withEcho(String topics, String ackTopic) {
    return new ZoneNodeEnvironment(
        nodeId, descriptor, this.topics, Optional.of(new Echo(topics, ackTopic)));
  }

  public String coordinatorGroup() {
    return nodeId.value() + ".coordinator";
  }

  public String validatorGroup() {
    return nodeId.value() + ".validator";
  }

  public String echoGroup() {
    return nodeId.value() + ".echo";
  }

  /** The {@code ZONELEDGER_*} variables, in a stable order. */
  public Map<String, String> env() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put(CONSENSUS, "true");
    env.put(NODE_ID, nodeId.value());
    env.put(ZONE_DESCRIPTOR, descriptor.toString());
    env.put(TOPIC_REQUESTS, topics.requests());
    env.put(TOPIC_ENTITY_LOG, topics.entityLog());
    env.put(TOPIC_VOTES, topics.votes());
    env.put(COORDINATOR_GROUP, coordinatorGroup());
    env.put(VALIDATOR_GROUP, validatorGroup());
    echo.ifPresent(
        e -> {
          env.put(ECHO_TOPICS, e.topics());
          env.put(ECHO_GROUP, echoGroup());
          env.put(ECHO_ACK_TOPIC, e.ackTopic());
        });
    return env;
  }
}
