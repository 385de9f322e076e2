package org.zoneledger.protocol.request;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code Create{Identity,AssetType,Asset}EndorsementsRequest}: {@code endorsements} maps claim hash
 * to the endorser's base64url signature over {@link Endorsement#signedText}, in body order (the map
 * keeps its insertion order).
 */
public record CreateEndorsements(
    String requestId, EntityRef subject, String endorserId, Map<String, String> endorsements)
    implements LedgerRequest {
  public CreateEndorsements {
    endorsements = Collections.unmodifiableMap(new LinkedHashMap<>(endorsements));
  }

  @Override
  public RequestType type() {
    return switch (subject.kind()) {
      case IDENTITY -> RequestType.CREATE_IDENTITY_ENDORSEMENTS;
      case ASSET_TYPE -> RequestType.CREATE_ASSET_TYPE_ENDORSEMENTS;
      case ASSET -> RequestType.CREATE_ASSET_ENDORSEMENTS;
    };
  }

  @Override
  public List<String> resources() {
    List<String> resources = new ArrayList<>();
    for (Map.Entry<String, String> entry : endorsements.entrySet()) {
      String claim = subject.claimPath(entry.getKey());
      resources.add(claim);
      resources.add(claim + "/endorsements/" + endorserId);
    }
    return List.copyOf(resources);
  }
}
