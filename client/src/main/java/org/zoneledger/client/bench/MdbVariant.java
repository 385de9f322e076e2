package org.zoneledger.client.bench;

import java.util.Locale;

/**
 * The two bench MDBs of {@code ejb-consensus}: the environment variables that point each at a topic
 * and a group, and its field in {@code GET /api/admin/bench}.
 */
enum MdbVariant {
  NOT_TRANSACTED(
      "MDB batch, NOT_SUPPORTED",
      "notTransacted",
      "ZONELEDGER_BENCH_TOPICS",
      "ZONELEDGER_BENCH_GROUP"),
  TRANSACTED(
      "MDB batch, REQUIRED",
      "transacted",
      "ZONELEDGER_BENCH_TX_TOPICS",
      "ZONELEDGER_BENCH_TX_GROUP");

  final String label;
  final String reportField;
  final String topicsEnv;
  final String groupEnv;

  MdbVariant(String label, String reportField, String topicsEnv, String groupEnv) {
    this.label = label;
    this.reportField = reportField;
    this.topicsEnv = topicsEnv;
    this.groupEnv = groupEnv;
  }

  /** Name (and folder under the work folder) of the instance that measures this variant. */
  String instanceName() {
    return "bench-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
