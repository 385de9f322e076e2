package org.zoneledger.protocol.message;

/** Constants of the canonical encoding shared by every message. */
public final class Encoding {
  /** The only version written and read by this code. */
  public static final int VERSION = 1;

  /** Longest variable-length field accepted when decoding (a request body, a nested proof). */
  public static final int MAX_FIELD_LENGTH = 16 * 1024 * 1024;

  /** Most elements accepted in one list (votes, links, client signatures, path steps). */
  public static final int MAX_LIST_SIZE = 65_536;

  private Encoding() {}
}
