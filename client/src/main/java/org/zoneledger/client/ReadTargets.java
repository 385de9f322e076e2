package org.zoneledger.client;

import org.zoneledger.protocol.auth.ReadEndpoint;
import org.zoneledger.protocol.request.EntityRef;

/**
 * Request targets of authenticated GETs as the Java SDK writes them (spec §3.4, §6): query order
 * {@code requestId}, {@code limit}, {@code next}, {@code nodeId}, values appended raw, and the
 * trailing {@code /} on the asset-type claims list.
 */
final class ReadTargets {
  private ReadTargets() {}

  static String target(String path, String readRequestId, Page page, String nodeId) {
    StringBuilder target = new StringBuilder(path).append("?requestId=").append(readRequestId);
    if (page.limit() != null) {
      target.append("&limit=").append(page.limit());
    }
    if (page.next() != null) {
      target.append("&next=").append(page.next());
    }
    return target.append("&nodeId=").append(nodeId).toString();
  }

  static String claims(EntityRef subject) {
    return switch (subject.kind()) {
      case IDENTITY -> ReadEndpoint.IDENTITY_CLAIMS.path(subject.id());
      case ASSET_TYPE -> ReadEndpoint.ASSET_TYPE_CLAIMS.path(subject.id()) + "/";
      case ASSET -> ReadEndpoint.ASSET_CLAIMS.path(subject.typeId(), subject.id());
    };
  }

  static String claim(EntityRef subject, String hash) {
    return subject.claimPath(hash);
  }

  static String endorsement(EntityRef subject, String hash, String endorserId) {
    return subject.claimPath(hash) + "/endorsements/" + endorserId;
  }
}
