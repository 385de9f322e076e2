package org.zoneledger.client.model;

/** One endorsement (spec §6.3.6): the signature exactly as submitted. */
public record EndorsementInfo(
    String endorserId, String endorsement, String delegateIdentityId, String proof) {}
