package org.zoneledger.protocol.auth;

import java.security.KeyPair;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zoneledger.protocol.crypto.Base64Url;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.crypto.Signatures;
import org.zoneledger.protocol.request.PublicCredentials;

/** An in-memory {@link IdentityDirectory} that also makes key pairs for the tests. */
public final class TestIdentities implements IdentityDirectory {
  private final Map<String, List<PublicCredentials>> keys = new HashMap<>();
  private final Set<String> delegates = new HashSet<>();
  private final Map<String, PublicCredentials> credentialsOf = new HashMap<>();

  /** A fresh key pair registered under {@code identityId}. */
  public Signatory register(String identityId, SignatureAlgorithm algorithm) {
    Signatory signatory = unregistered(identityId, algorithm);
    keys.put(identityId, List.of(credentialsOf.get(identityId)));
    return signatory;
  }

  /**
   * A fresh key pair not (yet) registered; its credentials are in {@link #credentials(String)} only
   * after registration.
   */
  public Signatory unregistered(String identityId, SignatureAlgorithm algorithm) {
    KeyPair pair = Signatures.generateKeyPair(algorithm);
    credentialsOf.put(
        identityId,
        new PublicCredentials(
            Base64Url.encode(pair.getPublic().getEncoded()), algorithm.protocolId()));
    return Signatory.of(identityId, algorithm, pair.getPrivate());
  }

  /** The credentials generated for {@code identityId}, registered or not. */
  public PublicCredentials generatedCredentials(String identityId) {
    return credentialsOf.get(identityId);
  }

  public void addDelegate(String delegatorId, String delegateId) {
    delegates.add(delegatorId + "→" + delegateId);
  }

  @Override
  public List<PublicCredentials> credentials(String identityId) {
    return keys.getOrDefault(identityId, List.of());
  }

  @Override
  public boolean isDelegate(String delegatorId, String delegateId) {
    return delegates.contains(delegatorId + "→" + delegateId);
  }
}
