package org.zoneledger.consensus.config;

import java.util.Locale;
import java.util.Optional;

/**
 * Looks a setting up as a system property ({@code zoneledger.echo.ack-topic}) and then as an
 * environment variable ({@code ZONELEDGER_ECHO_ACK_TOPIC}): the same names MicroProfile Config and
 * Payara's {@code ${ENV=...}} substitution use, so one environment configures both.
 */
public final class Settings {

  private Settings() {}

  public static Optional<String> lookup(String key) {
    String value = System.getProperty(key);
    if (value == null) {
      value = System.getenv(envName(key));
    }
    return Optional.ofNullable(value).map(String::strip);
  }

  public static String get(String key, String defaultValue) {
    return lookup(key).orElse(defaultValue);
  }

  static String envName(String key) {
    return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }
}
