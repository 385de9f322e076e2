package org.zoneledger.protocol.zone;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.zoneledger.protocol.crypto.Base64Url;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.crypto.Signatures;
import org.zoneledger.protocol.error.ProtocolException;

/**
 * The zone descriptor. The order of {@code nodes} is the member order the election uses.
 *
 * @param topicsPrefix prefix of the zone's Kafka topics ({@code <prefix>.requests}, …)
 */
public record ZoneDescriptor(
    String zoneId, List<ZoneNode> nodes, String topicsPrefix, ProtocolParameters parameters) {
  /** Most nodes in a zone (architecture §1: 3–9 organisations; 1 and 2 serve development). */
  public static final int MAX_NODES = 9;

  private static final Pattern ZONE_ID = Pattern.compile("[A-Za-z0-9._~-]{1,64}");
  private static final Pattern TOPIC_PREFIX = Pattern.compile("[A-Za-z0-9._-]{1,200}");

  public ZoneDescriptor {
    nodes = List.copyOf(nodes);
  }

  /** The default topics prefix of a zone: {@code zone.<zoneId>}. */
  public static String defaultTopicsPrefix(String zoneId) {
    return "zone." + zoneId;
  }

  /** Every problem that makes this descriptor unusable; empty when it is valid. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (zoneId == null || !ZONE_ID.matcher(zoneId).matches()) {
      problems.add("zoneId must be 1 to 64 characters of A-Z a-z 0-9 . _ ~ -, is " + zoneId);
    }
    if (topicsPrefix == null || !TOPIC_PREFIX.matcher(topicsPrefix).matches()) {
      problems.add(
          "topicsPrefix must be 1 to 200 characters of A-Z a-z 0-9 . _ -, is " + topicsPrefix);
    }
    if (nodes.isEmpty() || nodes.size() > MAX_NODES) {
      problems.add("a zone has 1 to " + MAX_NODES + " nodes, this one has " + nodes.size());
    }
    Set<String> ids = new HashSet<>();
    for (ZoneNode node : nodes) {
      if (!ids.add(node.id().value())) {
        problems.add("node id " + node.id() + " appears twice");
      }
      checkKey(node, problems);
      checkUrl(node, problems);
    }
    if (parameters == null) {
      problems.add("parameters are missing");
    } else {
      problems.addAll(parameters.problems());
    }
    return problems;
  }

  /** Throws {@link InvalidZoneDescriptorException} listing every problem, if there is one. */
  public ZoneDescriptor validated() {
    List<String> problems = problems();
    if (!problems.isEmpty()) {
      throw new InvalidZoneDescriptorException(problems);
    }
    return this;
  }

  /** The members in election order with their decoded keys; the descriptor must be valid. */
  public ZoneMembership membership() {
    validated();
    return ZoneMembership.of(this);
  }

  private static void checkKey(ZoneNode node, List<String> problems) {
    try {
      Signatures.decodePublicKey(
          SignatureAlgorithm.P256_SHA256, Base64Url.decode(node.publicKey()));
    } catch (ProtocolException e) {
      problems.add("node " + node.id() + ": publicKey is not a P-256 key: " + e.getMessage());
    }
  }

  private static void checkUrl(ZoneNode node, List<String> problems) {
    try {
      URI uri = new URI(node.apiUrl() == null ? "" : node.apiUrl());
      String scheme = uri.getScheme();
      if (!("http".equals(scheme) || "https".equals(scheme)) || uri.getHost() == null) {
        problems.add("node " + node.id() + ": apiUrl must be an absolute http(s) URL, is " + uri);
      }
    } catch (URISyntaxException e) {
      problems.add("node " + node.id() + ": apiUrl is not a URL: " + e.getMessage());
    }
  }
}
