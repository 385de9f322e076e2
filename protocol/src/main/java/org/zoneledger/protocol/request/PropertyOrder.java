package org.zoneledger.protocol.request;

/** How an SDK orders the properties of a body it writes (spec §1.3). */
public enum PropertyOrder {
  /** Jackson in the Java SDK: {@code _type}, {@code requestId}, then the fields. */
  JAVA_SDK,
  /**
   * The TypeScript SDK: the fields as the caller built them, then {@code requestId}, {@code _type}.
   */
  TYPESCRIPT_SDK
}
