package org.zoneledger.protocol.auth;

/**
 * The raw values of the three {@code X-IOV42-*} headers of a PUT, as received (null when absent).
 * Header names are matched case-insensitively by the HTTP layer.
 */
public record Iov42Headers(String authorisations, String authentication, String claims) {
  public static final String AUTHORISATIONS = "X-IOV42-Authorisations";
  public static final String AUTHENTICATION = "X-IOV42-Authentication";
  public static final String CLAIMS = "X-IOV42-Claims";
}
