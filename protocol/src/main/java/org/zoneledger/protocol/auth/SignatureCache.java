package org.zoneledger.protocol.auth;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.PublicKey;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.zoneledger.protocol.crypto.Base64Url;
import org.zoneledger.protocol.crypto.Hashes;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.crypto.Signatures;
import org.zoneledger.protocol.request.PublicCredentials;

/**
 * Decoded public keys by their registered text, and the signatures already seen to verify, so a hot
 * identity's key is parsed once and a request checked again (every entity it touches, every round)
 * costs no signature verification. Both are pure functions of their inputs — the key of (protocol
 * id, key text), the verdict of (key, data, signature) — so an entry can never go stale: which keys
 * an identity holds and which delegations exist is not cached here and is asked of the directory on
 * every check. Only <em>successes</em> are remembered: a failure is re-checked, so a flood of bad
 * signatures cannot evict good entries, and nothing that failed is ever served from memory.
 *
 * <p>Bounded: each map keeps its {@code maxEntries} most recently used entries. Thread-safe; meant
 * to be shared by every verifier of a process.
 */
public final class SignatureCache {
  private final Map<PublicCredentials, PublicKey> keys;
  private final Map<String, Boolean> verified;
  private final AtomicLong verifications = new AtomicLong();

  public SignatureCache(int maxEntries) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be positive");
    }
    this.keys = lru(maxEntries);
    this.verified = lru(maxEntries);
  }

  /** The decoded key; throws the typed error when the text is not a key of the algorithm. */
  PublicKey decode(SignatureAlgorithm algorithm, PublicCredentials credentials) {
    synchronized (keys) {
      PublicKey cached = keys.get(credentials);
      if (cached != null) {
        return cached;
      }
    }
    PublicKey key = Signatures.decodePublicKey(algorithm, Base64Url.decode(credentials.key()));
    synchronized (keys) {
      keys.put(credentials, key);
    }
    return key;
  }

  /**
   * Whether {@code signature} over {@code data} verifies with {@code credentials} (whose protocol
   * id names {@code algorithm}); a success is remembered, a failure is not.
   */
  boolean verifies(
      SignatureAlgorithm algorithm, PublicCredentials credentials, byte[] data, byte[] signature) {
    String id = id(credentials, data, signature);
    synchronized (verified) {
      if (verified.containsKey(id)) {
        return true;
      }
    }
    verifications.incrementAndGet();
    boolean valid = Signatures.verify(algorithm, decode(algorithm, credentials), data, signature);
    if (valid) {
      synchronized (verified) {
        verified.put(id, Boolean.TRUE);
      }
    }
    return valid;
  }

  /** How many signature verifications this cache could not answer from memory and performed. */
  public long verificationsPerformed() {
    return verifications.get();
  }

  /** Fixed-length digests of the first three parts, so no two inputs share one encoding. */
  private static String id(PublicCredentials credentials, byte[] data, byte[] signature) {
    return HexFormat.of()
        .formatHex(
            Hashes.sha256(
                Hashes.sha256(credentials.protocolId().getBytes(UTF_8)),
                Hashes.sha256(credentials.key().getBytes(UTF_8)),
                Hashes.sha256(data),
                signature));
  }

  private static <K, V> Map<K, V> lru(int maxEntries) {
    return new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > maxEntries;
      }
    };
  }
}
