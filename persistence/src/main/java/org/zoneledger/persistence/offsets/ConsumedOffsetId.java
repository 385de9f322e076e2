package org.zoneledger.persistence.offsets;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** Key of a consumed offset: consumer group, topic and partition. */
@Embeddable
public class ConsumedOffsetId implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "GROUP_ID", nullable = false, length = 249)
  private String groupId;

  @Column(name = "TOPIC", nullable = false, length = 249)
  private String topic;

  @Column(name = "PART", nullable = false)
  private int partition;

  protected ConsumedOffsetId() {}

  public ConsumedOffsetId(String groupId, String topic, int partition) {
    this.groupId = groupId;
    this.topic = topic;
    this.partition = partition;
  }

  public String groupId() {
    return groupId;
  }

  public String topic() {
    return topic;
  }

  public int partition() {
    return partition;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConsumedOffsetId other
        && groupId.equals(other.groupId)
        && topic.equals(other.topic)
        && partition == other.partition;
  }

  @Override
  public int hashCode() {
    return Objects.hash(groupId, topic, partition);
  }
}
