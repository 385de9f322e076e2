package org.zoneledger.protocol.auth;

import java.security.PublicKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.zoneledger.protocol.crypto.Base64Url;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.crypto.Signatures;
import org.zoneledger.protocol.request.PublicCredentials;

/**
 * Decoded public keys by their registered text, so a hot identity's key is parsed once. Bounded: it
 * is simply emptied when it reaches {@code maxEntries}. Thread-safe.
 */
final class PublicKeyCache {
  private final Map<PublicCredentials, PublicKey> keys = new ConcurrentHashMap<>();
  private final int maxEntries;

  PublicKeyCache(int maxEntries) {
    this.maxEntries = maxEntries;
  }

  /** The decoded key; throws the typed error when the text is not a key of the algorithm. */
  PublicKey decode(SignatureAlgorithm algorithm, PublicCredentials credentials) {
    PublicKey cached = keys.get(credentials);
    if (cached != null) {
      return cached;
    }
    PublicKey key = Signatures.decodePublicKey(algorithm, Base64Url.decode(credentials.key()));
    if (keys.size() >= maxEntries) {
      keys.clear();
    }
    keys.put(credentials, key);
    return key;
  }
}
