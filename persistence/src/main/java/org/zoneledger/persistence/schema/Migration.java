package org.zoneledger.persistence.schema;

import java.util.ArrayList;
import java.util.List;

/** One versioned migration script. */
record Migration(int version, String script) {

  /** Parses the index: {@code <version> <script>} per line, blank lines and # comments ignored. */
  static List<Migration> index(String text) {
    List<Migration> list = new ArrayList<>();
    int last = 0;
    for (String line : text.split("\n")) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      String[] parts = l.split("\\s+");
      if (parts.length != 2) {
        throw new IllegalStateException("bad migration index line: " + l);
      }
      int version = Integer.parseInt(parts[0]);
      if (version <= last) {
        throw new IllegalStateException("migration versions must increase: " + l);
      }
      last = version;
      list.add(new Migration(version, parts[1]));
    }
    return list;
  }

  /** Splits a script into statements at {@code ;} ending a line; drops {@code --} comments. */
  List<String> statements(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.split("\n")) {
      String l = line.strip();
      if (l.startsWith("--") || l.isEmpty()) {
        continue;
      }
      current.append(l).append('\n');
      if (l.endsWith(";")) {
        out.add(current.substring(0, current.lastIndexOf(";")).strip());
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    return out.stream().filter(s -> !s.isBlank()).toList();
  }
}
