package org.zoneledger.client.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code --name value} options of a subcommand; unknown names and missing values are errors. */
record CliOptions(Map<String, String> values) {

  static CliOptions parse(List<String> args, Set<String> allowed) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String name = args.get(i);
      if (!allowed.contains(name)) {
        throw new UsageException("unknown option " + name + " (allowed: " + allowed + ")");
      }
      if (i + 1 >= args.size()) {
        throw new UsageException("option " + name + " needs a value");
      }
      values.put(name, args.get(++i));
    }
    return new CliOptions(Map.copyOf(values));
  }

  Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  String required(String name) {
    return get(name).orElseThrow(() -> new UsageException("option " + name + " is required"));
  }

  int intValue(String name, int fallback) {
    String value = values.get(name);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new UsageException("option " + name + " needs a number: " + value);
    }
  }
}
