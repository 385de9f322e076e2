package org.zoneledger.kafka.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

  private final Placeholders placeholders =
      new Placeholders(Map.of("KAFKA", "k1:9092")::get, Map.of("node", "n1")::get);

  @Test
  void environmentAndSystemPlaceholdersAreReplaced() {
    assertThat(placeholders.resolve("${ENV=KAFKA}")).isEqualTo("k1:9092");
    assertThat(placeholders.resolve("${SYSTEM=node}.validator")).isEqualTo("n1.validator");
  }

  @Test
  void unresolvablePlaceholdersAreLeftAsTheyAre() {
    assertThat(placeholders.resolve("${ENV=MISSING}")).isEqualTo("${ENV=MISSING}");
    assertThat(placeholders.resolve("${MPCONFIG=missing.key}"))
        .isEqualTo("${MPCONFIG=missing.key}");
  }

  @Test
  void plainValuesAndNullPassThrough() {
    assertThat(placeholders.resolve("a,b")).isEqualTo("a,b");
    assertThat(placeholders.resolve(null)).isNull();
  }

  @Test
  void keyValueListsAreParsedAndMalformedEntriesNamed() {
    assertThat(KeyValues.parse(" a=1 ; b = x=y ;"))
        .containsExactly(Map.entry("a", "1"), Map.entry("b", "x=y"));
    assertThatThrownBy(() -> KeyValues.parse("a=1;b"))
        .hasMessage("entry 'b' is not of the form key=value");
  }

  @Test
  void bootstrapServersFallBackToSystemPropertyThenEnvironment() {
    assertThat(BootstrapServers.resolve("", n -> "sys:1", n -> "env:1")).contains("sys:1");
    assertThat(BootstrapServers.resolve(" ", n -> null, n -> "env:1")).contains("env:1");
    assertThat(BootstrapServers.resolve("cfg:1", n -> "sys:1", n -> "env:1")).contains("cfg:1");
    assertThat(BootstrapServers.resolve(null, n -> null, n -> null)).isEmpty();
  }
}
