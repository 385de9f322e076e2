package org.zoneledger.protocol.error;

/**
 * Every reason the protocol core rejects input, with the wire error code, the {@code errorType} and
 * the HTTP status of the API's error model (spec §10). Codes known from the iov42 platform (1901,
 * 2503, 2602, 2701) keep their value; the others are ours, grouped by type.
 */
public enum ErrorCode {
  WRONG_NODE(1901, "System", 400),
  INTERNAL(1001, "System", 500),
  UNAVAILABLE(1002, "System", 503),
  MALFORMED_BODY(1101, "Validation", 400),
  MALFORMED_HEADER(1102, "Validation", 400),
  INVALID_ID(1103, "Validation", 400),
  REQUEST_ID_MISMATCH(1104, "Validation", 400),
  UNKNOWN_REQUEST_TYPE(1105, "Validation", 400),
  INVALID_FIELD(1106, "Validation", 400),
  BAD_ENCODING(1107, "Validation", 400),
  BODY_TOO_LARGE(1108, "Validation", 413),
  LIMIT_EXCEEDED(1109, "Validation", 400),
  UNSUPPORTED_PROTOCOL(2501, "Authorisation", 400),
  INVALID_PUBLIC_KEY(2502, "Authorisation", 400),
  SIGNATURE_INVALID(2503, "Authorisation", 400),
  DELEGATE_NOT_REGISTERED(2504, "Authorisation", 403),
  MISSING_AUTHORISATION(2505, "Authorisation", 403),
  UNKNOWN_SIGNER(2506, "Authorisation", 403),
  PROTOCOL_MISMATCH(2507, "Authorisation", 400),
  PERMISSION_DENIED(2508, "Permission", 403),
  AUTHENTICATION_FAILED(2511, "Authentication", 401),
  CLAIM_HASH_MISMATCH(2801, "Claim", 400),
  CLAIM_PLAINTEXT_MISSING(2802, "Claim", 400),
  ENDORSEMENT_INVALID(2803, "Endorsement", 400),
  NOT_FOUND(2601, "AssetExistence", 404),
  ALREADY_EXISTS(2602, "AssetExistence", 400),
  ASSET_KIND_MISMATCH(2603, "AssetType", 400),
  NOT_OWNER(2604, "Ownership", 400),
  INSUFFICIENT_BALANCE(2901, "Balance", 400),
  DUPLICATE_REQUEST_ID(2701, "RequestId", 409);

  private final int code;
  private final String type;
  private final int httpStatus;

  ErrorCode(int code, String type, int httpStatus) {
    this.code = code;
    this.type = type;
    this.httpStatus = httpStatus;
  }

  /** The wire {@code errorCode}. */
  public int code() {
    return code;
  }

  /** The wire {@code errorType}. */
  public String type() {
    return type;
  }

  /** The HTTP status a server answers with (spec §10.2 recommendation). */
  public int httpStatus() {
    return httpStatus;
  }
}
