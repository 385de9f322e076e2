package org.zoneledger.client.model;

import java.util.List;

/** A single claim with its endorsements (spec §6.3.5). */
public record ClaimEndorsements(
    String claim, String proof, String delegateIdentityId, List<EndorsementInfo> endorsements) {}
