package org.zoneledger.protocol.rules;

import java.util.Objects;
import org.zoneledger.protocol.error.ErrorCode;

/**
 * Whether a request is authorised and, when it is not, why: the API error code and a message for
 * the user.
 */
public record AuthorisationDecision(boolean authorised, ErrorCode errorCode, String reason) {
  private static final AuthorisationDecision OK = new AuthorisationDecision(true, null, null);

  public AuthorisationDecision {
    if (!authorised) {
      Objects.requireNonNull(errorCode);
      Objects.requireNonNull(reason);
    }
  }

  public static AuthorisationDecision ok() {
    return OK;
  }

  public static AuthorisationDecision denied(ErrorCode code, String reason) {
    return new AuthorisationDecision(false, code, reason);
  }

  /** A missing authorisation (code 2505). */
  public static AuthorisationDecision missing(String reason) {
    return denied(ErrorCode.MISSING_AUTHORISATION, reason);
  }
}
