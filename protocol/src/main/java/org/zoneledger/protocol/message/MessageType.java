package org.zoneledger.protocol.message;

/** The type tag, second byte of every encoded message. Tags are never reused. */
public enum MessageType {
  ENTROPY(1),
  PREPARE(2),
  VOTE(3),
  DECIDE(4),
  PROOF(5);

  private final int tag;

  MessageType(int tag) {
    this.tag = tag;
  }

  public int tag() {
    return tag;
  }

  static MessageType fromTag(int tag) {
    for (MessageType type : values()) {
      if (type.tag == tag) {
        return type;
      }
    }
    throw new MessageDecodingException(
        MessageDecodingException.Reason.UNKNOWN_TYPE, "unknown message type tag " + tag);
  }
}
