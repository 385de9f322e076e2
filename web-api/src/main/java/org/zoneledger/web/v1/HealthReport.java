package org.zoneledger.web.v1;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The body of {@code GET /api/v1/healthchecks} (spec §8.2) in the iov42 shape both SDKs read: a
 * {@code buildInfo} (name {@value #NAME}, which the TypeScript test expects; our version; no Scala
 * or sbt, so {@value #NOT_APPLICABLE}) and one object of boolean flags per component. A client
 * reads a {@code false} flag as unhealthy.
 *
 * @param version the project version the node was built from
 * @param brokerCanWrite the Kafka partitions the node writes client requests to answer
 * @param storesCanRead the node's database answers a read (every store lives in it)
 * @param storesCanWrite the node's database takes a write
 * @param hasKeys the node's signing key is loaded (and matched its zone descriptor)
 */
// public: the return type of an EJB's no-interface view must be accessible to the container's proxy
public record HealthReport(
    String version,
    boolean brokerCanWrite,
    boolean storesCanRead,
    boolean storesCanWrite,
    boolean hasKeys) {

  static final String NAME = "consumers-monitor";
  static final String NOT_APPLICABLE = "n/a";

  /** The stores of the iov42 shape; ours are tables of one database, so they share the flags. */
  static final List<String> STORES =
      List.of(
          "requestStore",
          "assetStore",
          "claimStore",
          "endorsementStore",
          "permissionStore",
          "proofStore",
          "transactionStore",
          "transactionEntryForReaderStore");

  private static final ObjectMapper JSON = new ObjectMapper();

  public String json() {
    ObjectNode body = JSON.createObjectNode();
    body.putObject("buildInfo")
        .put("name", NAME)
        .put("version", version)
        .put("scalaVersion", NOT_APPLICABLE)
        .put("sbtVersion", NOT_APPLICABLE);
    body.putObject("broker").put("canWrite", brokerCanWrite);
    for (String store : STORES) {
      body.putObject(store).put("canRead", storesCanRead).put("canWrite", storesCanWrite);
    }
    body.putObject("hsm").put("hasKeys", hasKeys);
    return body.toString();
  }
}
