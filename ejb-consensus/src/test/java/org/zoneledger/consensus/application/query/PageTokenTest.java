package org.zoneledger.consensus.application.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageTokenTest {

  @Test
  void aTokenLeadsToThePositionItWasIssuedForAndIsUrlSafe() {
    String token = PageToken.after(2, 3);
    assertThat(token).matches("[A-Za-z0-9_-]+");
    assertThat(PageToken.start(Optional.of(token))).isEqualTo(2);
  }

  @Test
  void theLastPageHasNoToken() {
    assertThat(PageToken.after(3, 3)).isNull();
    assertThat(PageToken.after(5, 3)).isNull();
  }

  @Test
  void noTokenStartsAtTheBeginning() {
    assertThat(PageToken.start(Optional.empty())).isZero();
    assertThat(PageToken.start(Optional.of(""))).isZero();
  }

  @Test
  void aTokenNotOfOursIsRefused() {
    assertThatThrownBy(() -> PageToken.start(Optional.of("garbage!")))
        .isInstanceOf(ReadRefusedException.class);
    assertThatThrownBy(() -> PageToken.start(Optional.of("LTE"))) // "-1"
        .isInstanceOf(ReadRefusedException.class);
  }

  @Test
  void theLimitDefaultsToTwentyAndIsBounded() {
    assertThat(PageToken.limit(Optional.empty())).isEqualTo(20);
    assertThat(PageToken.limit(Optional.of(2))).isEqualTo(2);
    assertThatThrownBy(() -> PageToken.limit(Optional.of(0)))
        .isInstanceOf(ReadRefusedException.class);
    assertThatThrownBy(() -> PageToken.limit(Optional.of(100_000)))
        .isInstanceOf(ReadRefusedException.class);
  }
}
