package org.zoneledger.client.launch;

import java.net.URI;
import java.util.List;
import org.zoneledger.protocol.zone.ZoneDescriptor;
import org.zoneledger.protocol.zone.ZoneNode;

/**
 * The ports of a local zone, all on 127.0.0.1, for node {@code k} (1-based, the position in the
 * zone descriptor) and its instance {@code i} (0-based):
 *
 * <pre>
 *   HTTP       httpBase + 10·i + (k − 1)        8080, 8081, 8082 for instance 0 of node1..3;
 *                                               8090, 8091, 8092 for instance 1; …
 *   Hazelcast  hazelcastBase + 10·(k − 1) + i   node1 5701, 5702, …; node2 5711, …; node3 5721, …
 *   H2         databaseBase + k                 9101, 9102, 9103
 * </pre>
 *
 * So the last digit of an HTTP port is the node's index − 1 and the tens above the base count the
 * instance; instance 0 of node k listens on the API URL {@code zone init --base-port} wrote into
 * the descriptor. At most {@value #MAX_NODES} nodes and {@value #MAX_INSTANCES} instances per node.
 */
public record LocalZonePorts(int httpBase, int hazelcastBase, int databaseBase) {

  public static final int DEFAULT_HTTP_BASE = 8080;
  public static final int DEFAULT_HAZELCAST_BASE = 5701;
  public static final int DEFAULT_DATABASE_BASE = 9100;
  public static final int MAX_NODES = 9;
  public static final int MAX_INSTANCES = 10;
  private static final int STRIDE = 10;

  public LocalZonePorts {
    if (httpBase < 1 || httpBase + STRIDE * MAX_INSTANCES > 65535) {
      throw new IllegalArgumentException("HTTP base port out of range: " + httpBase);
    }
  }

  /** The default scheme with the given HTTP base. */
  public static LocalZonePorts withHttpBase(int httpBase) {
    return new LocalZonePorts(httpBase, DEFAULT_HAZELCAST_BASE, DEFAULT_DATABASE_BASE);
  }

  /**
   * The scheme of a zone commissioned by {@code zone init}: the HTTP base is node 1's API port, and
   * node k's API URL must be {@code http://127.0.0.1:(base + k − 1)}.
   *
   * @throws IllegalArgumentException when the descriptor's API URLs do not follow the scheme
   */
  public static LocalZonePorts of(ZoneDescriptor zone) {
    List<ZoneNode> nodes = zone.nodes();
    int base = URI.create(nodes.get(0).apiUrl()).getPort();
    LocalZonePorts ports = withHttpBase(base);
    for (int k = 1; k <= nodes.size(); k++) {
      String expected = ports.url(k, 0).toString();
      String actual = nodes.get(k - 1).apiUrl();
      if (!expected.equals(actual.replaceAll("/+$", ""))) {
        throw new IllegalArgumentException(
            "node "
                + nodes.get(k - 1).id()
                + " has API URL "
                + actual
                + "; a local zone expects "
                + expected
                + " (zone init --base-port "
                + base
                + ")");
      }
    }
    return ports;
  }

  public int http(int node, int instance) {
    check(node, instance);
    return httpBase + STRIDE * instance + (node - 1);
  }

  public int hazelcast(int node, int instance) {
    check(node, instance);
    return hazelcastBase + STRIDE * (node - 1) + instance;
  }

  public int database(int node) {
    check(node, 0);
    return databaseBase + node;
  }

  /** The base URL of instance {@code instance} of node {@code node}. */
  public URI url(int node, int instance) {
    return URI.create("http://127.0.0.1:" + http(node, instance));
  }

  /** The scheme as the CLI prints it. */
  public String describe(int nodes, int instances) {
    StringBuilder text = new StringBuilder();
    text.append(
        String.format(
            "ports (node k = 1..%d, instance i = 0..%d, all on 127.0.0.1):%n",
            nodes, instances - 1));
    text.append(
        String.format(
            "  HTTP       %d + 10·i + (k−1)   instance 0: %s%n",
            httpBase, range(nodes, k -> http(k, 0))));
    text.append(
        String.format(
            "  Hazelcast  %d + 10·(k−1) + i   instance 0: %s%n",
            hazelcastBase, range(nodes, k -> hazelcast(k, 0))));
    text.append(
        String.format(
            "  H2         %d + k              %s%n", databaseBase, range(nodes, this::database)));
    return text.toString();
  }

  private static String range(int nodes, java.util.function.IntUnaryOperator port) {
    StringBuilder ports = new StringBuilder();
    for (int k = 1; k <= nodes; k++) {
      ports.append(k == 1 ? "" : ", ").append("node").append(k).append(' ');
      ports.append(port.applyAsInt(k));
    }
    return ports.toString();
  }

  private static void check(int node, int instance) {
    if (node < 1 || node > MAX_NODES) {
      throw new IllegalArgumentException("node index must be 1 to " + MAX_NODES + ": " + node);
    }
    if (instance < 0 || instance >= MAX_INSTANCES) {
      throw new IllegalArgumentException(
          "instance index must be 0 to " + (MAX_INSTANCES - 1) + ": " + instance);
    }
  }
}
