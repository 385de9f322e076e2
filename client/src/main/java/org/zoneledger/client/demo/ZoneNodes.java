package org.zoneledger.client.demo;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zoneledger.client.demo.NodeAdmin.RequestView;
import org.zoneledger.protocol.zone.ZoneDescriptor;

/**
 * The nodes of a zone as the demo watches them: each one's id (descriptor order), base URL and
 * admin read-outs, and what they say together — a request decided everywhere, equal digests.
 */
final class ZoneNodes {

  private final List<String> ids = new ArrayList<>();
  private final List<URI> urls;
  private final List<NodeAdmin> admins = new ArrayList<>();

  /**
   * @param nodeUrls a base URL of each node (any of its instances), in descriptor order
   */
  ZoneNodes(ZoneDescriptor zone, List<URI> nodeUrls) {
    if (nodeUrls.size() != zone.nodes().size()) {
      throw new IllegalArgumentException(
          "the zone has " + zone.nodes().size() + " nodes, " + nodeUrls.size() + " URLs given");
    }
    this.urls = List.copyOf(nodeUrls);
    zone.nodes().forEach(n -> ids.add(n.id().value()));
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    urls.forEach(url -> admins.add(new NodeAdmin(url, http)));
  }

  int size() {
    return urls.size();
  }

  String id(int node) {
    return ids.get(node);
  }

  URI url(int node) {
    return urls.get(node);
  }

  NodeAdmin admin(int node) {
    return admins.get(node);
  }

  /**
   * Each node's view of the request (by node index) once every node has decided it, or the decided
   * views there are when {@code timeout} has passed.
   */
  Map<Integer, RequestView> awaitDecided(String requestId, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    Map<Integer, RequestView> decided = new LinkedHashMap<>();
    while (true) {
      for (int n = 0; n < admins.size(); n++) {
        if (!decided.containsKey(n)) {
          RequestView view = admins.get(n).request(requestId).orElse(null);
          if (view != null && view.decided()) {
            decided.put(n, view);
          }
        }
      }
      if (decided.size() == admins.size() || System.nanoTime() > deadline) {
        return decided;
      }
      Thread.sleep(100);
    }
  }

  /** The statuses of {@code views} by node id, for messages. */
  String statuses(Map<Integer, RequestView> views) {
    Map<String, String> byNode = new LinkedHashMap<>();
    views.forEach((n, v) -> byNode.put(ids.get(n), v.status()));
    return byNode.toString();
  }

  /** Each node's state digest by node id; null where it cannot be read. */
  Map<String, String> digests() {
    Map<String, String> digests = new LinkedHashMap<>();
    for (int n = 0; n < admins.size(); n++) {
      String digest;
      try {
        digest = admins.get(n).digest().orElse(null);
      } catch (RuntimeException e) {
        digest = null;
      }
      digests.put(ids.get(n), digest);
    }
    return digests;
  }

  /**
   * The digests once equal, or the last read after {@code timeout}: a node reports a request
   * decided once it holds the outcome, while DECIDEs of its other entities may still be applying.
   */
  Map<String, String> convergedDigests(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    Map<String, String> digests = digests();
    while (!equal(digests) && System.nanoTime() < deadline) {
      Thread.sleep(250);
      digests = digests();
    }
    return digests;
  }

  static boolean equal(Map<String, String> digests) {
    return !digests.isEmpty()
        && !digests.containsValue(null)
        && new HashSet<>(digests.values()).size() == 1;
  }
}
