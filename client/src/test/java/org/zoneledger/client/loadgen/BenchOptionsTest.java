package org.zoneledger.client.loadgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

  @Test
  void theDefaultsAreThreeLocalNodesAHundredAccountsAndTwoHundredPerSecond() {
    BenchOptions o = BenchOptions.parse(List.of());

    assertThat(o.nodes())
        .containsExactly(
            URI.create("http://127.0.0.1:8080"),
            URI.create("http://127.0.0.1:8081"),
            URI.create("http://127.0.0.1:8082"));
    assertThat(o.accounts()).isEqualTo(100);
    assertThat(o.rate()).isEqualTo(200);
    assertThat(o.open()).isFalse();
    assertThat(o.concurrency()).isEqualTo(1000);
    assertThat(o.warmup()).isEqualTo(Duration.ofSeconds(10));
    assertThat(o.duration()).isEqualTo(Duration.ofSeconds(30));
    assertThat(o.hot()).isFalse();
    assertThat(o.funding()).isEqualTo(BenchOptions.Funding.MINT);
    assertThat(o.zoneDir()).isEqualTo(Path.of(".zone").toAbsolutePath());
    assertThat(o.presign()).isEqualTo(8_000);
  }

  @Test
  void openModeTakesItsConcurrencyAndFlagsTakeNoValue() {
    BenchOptions o =
        BenchOptions.parse(
            List.of(
                "--open",
                "--concurrency",
                "16",
                "--hot",
                "--nodes",
                "http://127.0.0.1:9000/,http://127.0.0.1:9001",
                "--pids",
                "12,34",
                "--warmup",
                "0.5"));

    assertThat(o.open()).isTrue();
    assertThat(o.concurrency()).isEqualTo(16);
    assertThat(o.hot()).isTrue();
    assertThat(o.nodes())
        .containsExactly(URI.create("http://127.0.0.1:9000"), URI.create("http://127.0.0.1:9001"));
    assertThat(o.pids()).containsExactly(12L, 34L);
    assertThat(o.warmup()).isEqualTo(Duration.ofMillis(500));
    assertThat(o.presign()).isEqualTo(10_000);
  }

  @Test
  void badCommandLinesAreUsageErrors() {
    assertThatThrownBy(() -> BenchOptions.parse(List.of("--rate", "5", "--open")))
        .isInstanceOf(BenchUsageException.class)
        .hasMessageContaining("exclude");
    assertThatThrownBy(() -> BenchOptions.parse(List.of("--rate")))
        .hasMessageContaining("needs a value");
    assertThatThrownBy(() -> BenchOptions.parse(List.of("--rate", "fast")))
        .hasMessageContaining("needs a number");
    assertThatThrownBy(() -> BenchOptions.parse(List.of("--accounts", "1")))
        .hasMessageContaining("between");
    assertThatThrownBy(() -> BenchOptions.parse(List.of("--frob")))
        .hasMessageContaining("unknown option --frob");
    assertThatThrownBy(() -> BenchOptions.parse(List.of("--nodes", "ftp://x")))
        .hasMessageContaining("http://host:port");
    assertThatThrownBy(() -> BenchOptions.parse(List.of("--funding", "gift")))
        .hasMessageContaining("mint or initial");
  }
}
