package org.zoneledger.consensus.infrastructure.node;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import org.zoneledger.protocol.crypto.Base64Url;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.crypto.Signatures;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.zone.ProtocolParameters;
import org.zoneledger.protocol.zone.ZoneDescriptor;
import org.zoneledger.protocol.zone.ZoneDescriptorJson;
import org.zoneledger.protocol.zone.ZoneNode;

/**
 * A zone on disk as {@code zone init} writes it: {@code D/zone.json} with nodes {@code node1}… and
 * their P-256 public keys, and each private key as DER PKCS#8 in {@code D/keys/<nodeId>.p8}.
 */
record ZoneFiles(Path dir, ZoneDescriptor descriptor) {

  static ZoneFiles init(Path dir, int count) throws IOException {
    Path keys = Files.createDirectories(dir.resolve("keys"));
    List<ZoneNode> nodes = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      KeyPair pair = Signatures.generateKeyPair(SignatureAlgorithm.P256_SHA256);
      nodes.add(
          new ZoneNode(
              new NodeId("node" + i),
              Base64Url.encode(pair.getPublic().getEncoded()),
              "http://127.0.0.1:" + (8079 + i)));
      Files.write(keys.resolve("node" + i + ".p8"), pair.getPrivate().getEncoded());
    }
    ZoneDescriptor descriptor =
        new ZoneDescriptor(
                "local",
                nodes,
                ZoneDescriptor.defaultTopicsPrefix("local"),
                ProtocolParameters.DEFAULTS)
            .validated();
    ZoneDescriptorJson.write(descriptor, dir.resolve("zone.json"));
    return new ZoneFiles(dir, descriptor);
  }

  Path descriptorFile() {
    return dir.resolve("zone.json");
  }

  Path keyOf(String node) {
    return dir.resolve("keys").resolve(node + ".p8");
  }
}
