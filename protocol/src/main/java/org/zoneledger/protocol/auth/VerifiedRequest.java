package org.zoneledger.protocol.auth;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zoneledger.protocol.request.ParsedRequest;

/**
 * A PUT that passed a {@link RequestVerifier}: the parsed request with its raw body, the
 * authorisations in header order, the authentication, and the verified claim plaintexts by hash.
 * From {@link RequestVerifier#verify} every signature verified with its signer's registered keys;
 * from {@link RequestVerifier#checkWithoutSigners} (a node sequencing the log) only what needs no
 * registered identity did, and whoever decides on it must still call {@link
 * RequestVerifier#verifySigners} against the state it decides on.
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
