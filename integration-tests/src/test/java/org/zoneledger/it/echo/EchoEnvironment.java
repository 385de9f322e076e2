package org.zoneledger.it.echo;

import java.util.HashMap;
import java.util.Map;

/** The environment of an echo node under test: its topics and a consumer group of its own. */
final class EchoEnvironment {

  private EchoEnvironment() {}

  static Map<String, String> of(String topic, String... more) {
    Map<String, String> env = new HashMap<>();
    env.put("ZONELEDGER_ECHO_TOPICS", topic);
    env.put("ZONELEDGER_ECHO_GROUP", "group-" + topic);
    env.put("ZONELEDGER_ECHO_ACK_TOPIC", "");
    env.put(
        "ZONELEDGER_ECHO_CONSUMER_PROPERTIES",
        "session.timeout.ms=6000;heartbeat.interval.ms=1000");
    for (int i = 0; i + 1 < more.length; i += 2) {
      env.put(more[i], more[i + 1]);
    }
    return env;
  }
}
