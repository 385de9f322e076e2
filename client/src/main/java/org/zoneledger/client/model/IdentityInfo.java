package org.zoneledger.client.model;

import java.util.List;
import org.zoneledger.protocol.request.PublicCredentials;

/** {@code GET /identities/{id}} (spec §6.3.1). */
public record IdentityInfo(
    String identityId, List<PublicCredentials> publicCredentials, String proof) {}
