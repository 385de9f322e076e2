package org.zoneledger.web.v1;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The verified reader's identity as the resources see it (the servlet attributes back JAX-RS
 * properties).
 */
final class Readers {
  private Readers() {}

  /** The effective principal of a signed GET; "" when none was verified. */
  static String of(HttpServletRequest servlet) {
    return servlet.getAttribute(Reader.PROPERTY) instanceof String id ? id : "";
  }
}
