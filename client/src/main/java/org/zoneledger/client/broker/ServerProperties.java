package org.zoneledger.client.broker;

import java.nio.file.Path;

/**
 * The server.properties of a single-node combined broker + controller on 127.0.0.1.
 *
 * <p>It uses a static quorum ({@code controller.quorum.voters}) rather than a standalone dynamic
 * one: a dynamic quorum records the controller's endpoint at format time, so a restart on other
 * ports (port 0 picks new ones) would not find its own voter. Internal topics get replication
 * factor 1 because there is one broker.
 */
final class ServerProperties {

  static final int NODE_ID = 1;

  private ServerProperties() {}

  static String render(BrokerSettings settings, Path dataDir) {
    if (settings.port() == 0 || settings.controllerPort() == 0) {
      throw new IllegalArgumentException("ports must be resolved before rendering: " + settings);
    }
    String host = "127.0.0.1";
    String broker = "PLAINTEXT://" + host + ":" + settings.port();
    String controller = "CONTROLLER://" + host + ":" + settings.controllerPort();
    return String.join(
        "\n",
        "# Written by the zone ledger broker launcher; rewritten at every start.",
        "process.roles=broker,controller",
        "node.id=" + NODE_ID,
        "controller.quorum.voters=" + NODE_ID + "@" + host + ":" + settings.controllerPort(),
        "listeners=" + broker + "," + controller,
        "advertised.listeners=" + broker,
        "controller.listener.names=CONTROLLER",
        "inter.broker.listener.name=PLAINTEXT",
        "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
        "log.dirs=" + dataDir.toAbsolutePath(),
        "num.partitions=1",
        "default.replication.factor=1",
        "min.insync.replicas=1",
        "offsets.topic.replication.factor=1",
        "transaction.state.log.replication.factor=1",
        "transaction.state.log.min.isr=1",
        "share.coordinator.state.topic.replication.factor=1",
        "share.coordinator.state.topic.min.isr=1",
        "group.initial.rebalance.delay.ms=0",
        "");
  }
}
