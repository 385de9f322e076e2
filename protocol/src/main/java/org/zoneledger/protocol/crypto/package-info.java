/**
 * Cryptographic primitives of the wire protocol: the signature algorithms by their iov42 {@code
 * protocolId}, signing and verification through BouncyCastle, key decoding (X.509 SPKI / PKCS#8),
 * base64url and SHA-256. Everything here is stateless and thread-safe.
 */
package org.zoneledger.protocol.crypto;
