package org.zoneledger.client.loadgen;

import java.util.ArrayList;
import java.util.List;

/** A Markdown-style table whose columns are as wide as their longest cell. */
final class TextTable {
  private final List<String[]> rows = new ArrayList<>();

  TextTable(String... header) {
    rows.add(header);
  }

  TextTable row(Object... cells) {
    String[] text = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      text[i] = String.valueOf(cells[i]);
    }
    if (text.length != rows.get(0).length) {
      throw new IllegalArgumentException("a row needs " + rows.get(0).length + " cells");
    }
    rows.add(text);
    return this;
  }

  String render() {
    int[] widths = new int[rows.get(0).length];
    rows.forEach(
        r -> {
          for (int i = 0; i < r.length; i++) {
            widths[i] = Math.max(widths[i], r[i].length());
          }
        });
    StringBuilder out = new StringBuilder();
    line(out, rows.get(0), widths);
    String[] rule = new String[widths.length];
    for (int i = 0; i < widths.length; i++) {
      rule[i] = "-".repeat(widths[i]);
    }
    line(out, rule, widths);
    rows.subList(1, rows.size()).forEach(r -> line(out, r, widths));
    return out.toString();
  }

  /** The first column (names) is left-aligned, the others (figures) right-aligned. */
  private static void line(StringBuilder out, String[] cells, int[] widths) {
    out.append('|');
    for (int i = 0; i < cells.length; i++) {
      String pad = " ".repeat(widths[i] - cells[i].length());
      out.append(' ').append(i == 0 ? cells[i] + pad : pad + cells[i]).append(" |");
    }
    out.append('\n');
  }
}
