package org.zoneledger.protocol.auth;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zoneledger.protocol.request.ParsedRequest;

/**
 * A PUT whose signatures all verified: the parsed request with its raw body, the authorisations in
 * header order, the authentication, and the verified claim plaintexts by hash.
 */
public record VerifiedRequest(
    ParsedRequest parsed,
    List<SignatureEntry> authorisations,
    SignatureEntry authentication,
    Map<String, String> claimPlaintexts) {
  public VerifiedRequest {
    authorisations = List.copyOf(authorisations);
    claimPlaintexts = Map.copyOf(claimPlaintexts);
  }

  /**
   * The effective principals that authorised, in header order without repeats; the first is the
   * creator of whatever the request creates.
   */
  public Set<String> principals() {
    Set<String> principals = new LinkedHashSet<>();
    authorisations.forEach(a -> principals.add(a.identityId()));
    return principals;
  }
}
