package org.zoneledger.consensus.diagnostics;

import org.zoneledger.consensus.config.Settings;

/**
 * Settings of the echo path. The consumer's own activation settings (topics, group, attempts,
 * dead-letter topic) are substituted by Payara from the same environment variables; see {@link
 * EchoConsumer}.
 *
 * @param ackTopic topic the acknowledgements go to; empty for none ({@code
 *     zoneledger.echo.ack-topic}, default {@value #DEFAULT_ACK_TOPIC})
 * @param poisonPrefix keys starting with it are refused on purpose, to exercise retries and the
 *     dead-letter path ({@code zoneledger.echo.poison-prefix}, default {@value
 *     #DEFAULT_POISON_PREFIX})
 */
public record EchoSettings(String ackTopic, String poisonPrefix) {

  public static final String DEFAULT_ACK_TOPIC = "zoneledger.echo.ack";
  public static final String DEFAULT_POISON_PREFIX = "poison-";

  public static EchoSettings fromEnvironment() {
    return new EchoSettings(
        Settings.get("zoneledger.echo.ack-topic", DEFAULT_ACK_TOPIC),
        Settings.get("zoneledger.echo.poison-prefix", DEFAULT_POISON_PREFIX));
  }

  public boolean acknowledges() {
    return !ackTopic.isEmpty();
  }

  public boolean isPoison(String key) {
    return !poisonPrefix.isEmpty() && key != null && key.startsWith(poisonPrefix);
  }
}
