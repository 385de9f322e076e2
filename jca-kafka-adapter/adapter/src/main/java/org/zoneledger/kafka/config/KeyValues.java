package org.zoneledger.kafka.config;

import java.util.LinkedHashMap;
import java.util.Map;

/** Parses {@code k=v;k=v} lists, the escape hatch for raw Kafka client properties. */
public final class KeyValues {

  private KeyValues() {}

  /**
   * @throws IllegalArgumentException naming the entry that has no {@code =}
   */
  public static Map<String, String> parse(String list) {
    Map<String, String> result = new LinkedHashMap<>();
    if (list == null || list.isBlank()) {
      return result;
    }
    for (String entry : list.split(";")) {
      if (entry.isBlank()) {
        continue;
      }
      int eq = entry.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException(
            "entry '" + entry.trim() + "' is not of the form key=value");
      }
      result.put(entry.substring(0, eq).trim(), entry.substring(eq + 1).trim());
    }
    return result;
  }
}
