package org.zoneledger.consensus.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SettingsTest {

  @Test
  void aSettingsKeyMapsToTheEnvironmentVariablePayaraSubstitutes() {
    assertThat(Settings.envName("zoneledger.echo.ack-topic"))
        .isEqualTo("ZONELEDGER_ECHO_ACK_TOPIC");
  }

  @Test
  void aSystemPropertyWinsAndIsTrimmed() {
    System.setProperty("zoneledger.test.setting", "  value ");
    try {
      assertThat(Settings.get("zoneledger.test.setting", "default")).isEqualTo("value");
    } finally {
      System.clearProperty("zoneledger.test.setting");
    }
  }

  @Test
  void anAbsentSettingTakesItsDefault() {
    assertThat(Settings.get("zoneledger.test.absent", "default")).isEqualTo("default");
  }
}
