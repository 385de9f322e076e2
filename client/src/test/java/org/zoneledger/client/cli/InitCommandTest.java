package org.zoneledger.client.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PrivateKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zoneledger.protocol.crypto.Base64Url;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.crypto.Signatures;
import org.zoneledger.protocol.zone.ZoneDescriptor;
import org.zoneledger.protocol.zone.ZoneDescriptorJson;

class InitCommandTest {
  @TempDir Path dir;

  @Test
  void initWritesADescriptorAndOnePrivateKeyPerNode() throws Exception {
    int code =
        run("--nodes", "3", "--dir", dir.toString(), "--zone-id", "demo", "--base-port", "9000");
    assertThat(code).isZero();
    ZoneDescriptor descriptor = ZoneDescriptorJson.read(dir.resolve("zone.json"));
    assertThat(descriptor.zoneId()).isEqualTo("demo");
    assertThat(descriptor.topicsPrefix()).isEqualTo("zone.demo");
    assertThat(descriptor.nodes())
        .extracting(n -> n.id().value())
        .containsExactly("node1", "node2", "node3");
    assertThat(descriptor.nodes().get(2).apiUrl()).isEqualTo("http://127.0.0.1:9002");
    for (int i = 1; i <= 3; i++) {
      Path keyFile = dir.resolve("keys/node" + i + ".p8");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
          .isEqualTo("rw-------");
      PrivateKey key =
          Signatures.decodePrivateKey(SignatureAlgorithm.P256_SHA256, Files.readAllBytes(keyFile));
      byte[] signature = Signatures.sign(SignatureAlgorithm.P256_SHA256, key, new byte[] {1});
      var publicKey =
          Signatures.decodePublicKey(
              SignatureAlgorithm.P256_SHA256,
              Base64Url.decode(descriptor.nodes().get(i - 1).publicKey()));
      assertThat(
              Signatures.verify(
                  SignatureAlgorithm.P256_SHA256, publicKey, new byte[] {1}, signature))
          .as("node%d's key file matches its descriptor key", i)
          .isTrue();
    }
  }

  @Test
  void initNeverOverwritesAnExistingZone() {
    assertThat(run("--nodes", "1", "--dir", dir.toString())).isZero();
    assertThatThrownBy(() -> run("--nodes", "1", "--dir", dir.toString()))
        .isInstanceOf(CommandException.class)
        .hasMessageContaining("exists already");
  }

  @Test
  void wrongOptionsAreUsageErrors() {
    assertThatThrownBy(() -> run("--nodes", "0", "--dir", dir.toString()))
        .isInstanceOf(UsageException.class);
    assertThatThrownBy(() -> run("--nodes", "3"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("--dir");
    assertThatThrownBy(() -> run("--nodes", "3", "--dir", dir.toString(), "--base-port", "65535"))
        .isInstanceOf(UsageException.class);
    assertThat(dir.resolve("zone.json")).doesNotExist();
  }

  private static int run(String... args) {
    return InitCommand.run(args, new PrintStream(new ByteArrayOutputStream()));
  }
}
