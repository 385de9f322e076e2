package org.zoneledger.client.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.zoneledger.protocol.crypto.Base64Url;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.crypto.Signatures;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.zone.ProtocolParameters;
import org.zoneledger.protocol.zone.ZoneDescriptor;
import org.zoneledger.protocol.zone.ZoneDescriptorJson;
import org.zoneledger.protocol.zone.ZoneNode;

/**
 * {@code zone init --nodes N --dir D [--zone-id Z] [--base-port P]}: commissions a zone of N nodes
 * ({@code node1}…{@code nodeN}). Writes one P-256 private key per node as DER PKCS#8 to {@code
 * D/keys/<nodeId>.p8}, created with permissions 0600 (the folder 0700), and the descriptor {@code
 * D/zone.json} with the public keys, API URLs {@code http://127.0.0.1:(P + i - 1)} (P defaults to
 * 8080), topics prefix {@code zone.<Z>} (Z defaults to {@code local}) and default parameters. It
 * never overwrites an existing key or descriptor.
 */
public final class InitCommand {
  static final String USAGE = "zone init --nodes N --dir D [--zone-id Z] [--base-port P]";
  static final String DESCRIPTOR_FILE = "zone.json";
  static final String KEYS_DIR = "keys";

  private InitCommand() {}

  /**
   * Runs the command; returns 0.
   *
   * @throws UsageException when the options are wrong (exit code 2)
   * @throws CommandException when a file exists already or cannot be written (exit code 1)
   */
  public static int run(String[] args, PrintStream out) {
    CliOptions options =
        CliOptions.parse(
            Arrays.asList(args), Set.of("--nodes", "--dir", "--zone-id", "--base-port"));
    int count = options.intValue("--nodes", 0);
    if (count < 1 || count > ZoneDescriptor.MAX_NODES) {
      throw new UsageException(
          "--nodes must be 1 to " + ZoneDescriptor.MAX_NODES + " (usage: " + USAGE + ")");
    }
    Path dir = Path.of(options.required("--dir"));
    String zoneId = options.get("--zone-id").orElse("local");
    int basePort = options.intValue("--base-port", 8080);
    if (basePort < 1 || basePort + count - 1 > 65535) {
      throw new UsageException("--base-port must leave room for " + count + " ports below 65536");
    }
    try {
      return commission(dir, zoneId, count, basePort, out);
    } catch (IOException e) {
      throw new CommandException("cannot write the zone to " + dir + ": " + e);
    } catch (UncheckedIOException e) {
      throw new CommandException("cannot write the zone to " + dir + ": " + e.getCause());
    }
  }

  private static int commission(Path dir, String zoneId, int count, int basePort, PrintStream out)
      throws IOException {
    Path keys = dir.resolve(KEYS_DIR);
    Path descriptorFile = dir.resolve(DESCRIPTOR_FILE);
    refuseExisting(descriptorFile);
    for (int i = 1; i <= count; i++) {
      refuseExisting(keyFile(keys, i));
    }
    List<ZoneNode> nodes = new ArrayList<>();
    List<byte[]> privateKeys = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      KeyPair pair = Signatures.generateKeyPair(SignatureAlgorithm.P256_SHA256);
      nodes.add(
          new ZoneNode(
              new NodeId("node" + i),
              Base64Url.encode(pair.getPublic().getEncoded()),
              "http://127.0.0.1:" + (basePort + i - 1)));
      privateKeys.add(pair.getPrivate().getEncoded());
    }
    ZoneDescriptor descriptor =
        new ZoneDescriptor(
                zoneId,
                nodes,
                ZoneDescriptor.defaultTopicsPrefix(zoneId),
                ProtocolParameters.DEFAULTS)
            .validated();
    Files.createDirectories(dir);
    createPrivateDirectory(keys);
    for (int i = 1; i <= count; i++) {
      writePrivate(keyFile(keys, i), privateKeys.get(i - 1));
      out.println("wrote " + keyFile(keys, i) + " (node" + i + ", PKCS#8, 0600)");
    }
    ZoneDescriptorJson.write(descriptor, descriptorFile);
    out.println("wrote " + descriptorFile + " (zone " + zoneId + ", " + count + " nodes)");
    return 0;
  }

  private static Path keyFile(Path keys, int node) {
    return keys.resolve("node" + node + ".p8");
  }

  private static void refuseExisting(Path file) {
    if (Files.exists(file)) {
      throw new CommandException(file + " exists already; remove it or choose another --dir");
    }
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  private static void createPrivateDirectory(Path keys) throws IOException {
    if (Files.isDirectory(keys)) {
      return;
    }
    if (posix()) {
      Files.createDirectory(keys, attribute("rwx------"));
    } else {
      Files.createDirectory(keys);
    }
  }

  /** Creates the file with 0600 from the start, so the key is never readable by others. */
  private static void writePrivate(Path file, byte[] pkcs8) throws IOException {
    if (posix()) {
      Files.createFile(file, attribute("rw-------"));
    } else {
      Files.createFile(file);
    }
    Files.write(file, pkcs8);
  }

  private static FileAttribute<?> attribute(String permissions) {
    return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions));
  }
}
