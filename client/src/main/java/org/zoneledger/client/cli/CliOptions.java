package org.zoneledger.client.cli;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code --name value} options and {@code --flag} switches of a subcommand; unknown names and
 * missing values are errors.
 */
record CliOptions(Map<String, String> values, Set<String> flags) {

  static CliOptions parse(List<String> args, Set<String> allowed) {
    return parse(args, allowed, Set.of());
  }

  static CliOptions parse(List<String> args, Set<String> allowed, Set<String> allowedFlags) {
    Map<String, String> values = new HashMap<>();
    Set<String> flags = new HashSet<>();
    for (int i = 0; i < args.size(); i++) {
      String name = args.get(i);
      if (allowedFlags.contains(name)) {
        flags.add(name);
        continue;
      }
      if (!allowed.contains(name)) {
        Set<String> all = new java.util.TreeSet<>(allowed);
        all.addAll(allowedFlags);
        throw new UsageException("unknown option " + name + " (allowed: " + all + ")");
      }
      if (i + 1 >= args.size()) {
        throw new UsageException("option " + name + " needs a value");
      }
      values.put(name, args.get(++i));
    }
    return new CliOptions(Map.copyOf(values), Set.copyOf(flags));
  }

  Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  boolean flag(String name) {
    return flags.contains(name);
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
