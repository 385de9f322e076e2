package org.zoneledger.web.v1;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.KeyPair;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zoneledger.protocol.auth.HeaderCodec;
import org.zoneledger.protocol.auth.IdentityDirectory;
import org.zoneledger.protocol.auth.SignatureEntry;
import org.zoneledger.protocol.crypto.Base64Url;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.crypto.Signatures;
import org.zoneledger.protocol.request.PublicCredentials;

/** Identities with key pairs, registered in an in-memory directory, that sign GET targets. */
final class TestReaders implements IdentityDirectory {
  private final Map<String, KeyPair> pairs = new HashMap<>();
  private final Map<String, SignatureAlgorithm> algorithms = new HashMap<>();
  private final Map<String, List<PublicCredentials>> registered = new HashMap<>();
  private final Set<String> delegations = new HashSet<>();

  /** A fresh identity whose key this directory knows. */
  TestReaders register(String identityId, SignatureAlgorithm algorithm) {
    KeyPair pair = unregistered(identityId, algorithm);
    registered.put(
        identityId,
        List.of(
            new PublicCredentials(
                Base64Url.encode(pair.getPublic().getEncoded()), algorithm.protocolId())));
    return this;
  }

  /** A key pair for an identity this directory does not know. */
  KeyPair unregistered(String identityId, SignatureAlgorithm algorithm) {
    KeyPair pair = Signatures.generateKeyPair(algorithm);
    pairs.put(identityId, pair);
    algorithms.put(identityId, algorithm);
    return pair;
  }

  TestReaders delegate(String delegatorId, String delegateId) {
    delegations.add(delegatorId + "→" + delegateId);
    return this;
  }

  /** The unpadded header value of {@code identityId} signing {@code target} itself. */
  String authentication(String identityId, String target) {
    return HeaderCodec.encodeAuthentication(entry(identityId, identityId, null, target));
  }

  /** {@code delegateId} signs {@code target} with its own key on behalf of {@code delegatorId}. */
  String delegated(String delegatorId, String delegateId, String target) {
    return HeaderCodec.encodeAuthentication(entry(delegatorId, delegateId, delegateId, target));
  }

  static String padded(String base64url) {
    return base64url + "=".repeat((4 - base64url.length() % 4) % 4);
  }

  private SignatureEntry entry(String principal, String signer, String delegate, String target) {
    SignatureAlgorithm algorithm = algorithms.get(signer);
    byte[] signature =
        Signatures.sign(algorithm, pairs.get(signer).getPrivate(), target.getBytes(UTF_8));
    return new SignatureEntry(
        principal, algorithm.protocolId(), Base64Url.encode(signature), delegate);
  }

  @Override
  public List<PublicCredentials> credentials(String identityId) {
    return registered.getOrDefault(identityId, List.of());
  }

  @Override
  public boolean isDelegate(String delegatorId, String delegateId) {
    return delegations.contains(delegatorId + "→" + delegateId);
  }
}
