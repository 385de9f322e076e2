package org.zoneledger.consensus.domain.drme;

import java.math.BigInteger;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;
import org.zoneledger.protocol.auth.RequestVerifier;
import org.zoneledger.protocol.auth.Signatory;
import org.zoneledger.protocol.auth.SignatureEntry;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.crypto.Base64Url;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.crypto.Signatures;
import org.zoneledger.protocol.proof.ClientKeys;
import org.zoneledger.protocol.request.AddQuantity;
import org.zoneledger.protocol.request.LedgerRequest;
import org.zoneledger.protocol.request.PropertyOrder;
import org.zoneledger.protocol.request.PublicCredentials;
import org.zoneledger.protocol.request.RequestParser;
import org.zoneledger.protocol.request.RequestWriter;
import org.zoneledger.protocol.request.Transfer;
import org.zoneledger.protocol.request.Transfers;

/** One client with a P-256 key that signs requests as the SDKs do. */
final class TestClients {
  static final String CLIENT = "alice";
  static final String ASSET_TYPE = "eur";
  private static final KeyPair KEY = Signatures.generateKeyPair(SignatureAlgorithm.P256_SHA256);
  private static final Signatory SIGNATORY =
      Signatory.of(CLIENT, SignatureAlgorithm.P256_SHA256, KEY.getPrivate());

  /** A second client that {@link #keys} knows, and one it does not. */
  static final String BOB = "bob";

  static final String STRANGER = "mallory";
  private static final KeyPair BOB_KEY = Signatures.generateKeyPair(SignatureAlgorithm.P256_SHA256);

  private TestClients() {}

  static ClientKeys keys() {
    return ClientKeys.of(Map.of(CLIENT, credentials(KEY), BOB, credentials(BOB_KEY)));
  }

  private static PublicCredentials credentials(KeyPair key) {
    return new PublicCredentials(
        Base64Url.encode(key.getPublic().getEncoded()),
        SignatureAlgorithm.P256_SHA256.protocolId());
  }

  /** A mint signed by {@code identityId}: {@link #BOB}, or anyone else with a fresh key. */
  static VerifiedRequest mintSignedBy(
      String identityId, String requestId, String account, long amount) {
    KeyPair key =
        identityId.equals(BOB)
            ? BOB_KEY
            : Signatures.generateKeyPair(SignatureAlgorithm.P256_SHA256);
    return signed(
        new AddQuantity(requestId, account, ASSET_TYPE, BigInteger.valueOf(amount)),
        Signatory.of(identityId, SignatureAlgorithm.P256_SHA256, key.getPrivate()));
  }

  static VerifiedRequest mint(String requestId, String account, long amount) {
    return signed(new AddQuantity(requestId, account, ASSET_TYPE, BigInteger.valueOf(amount)));
  }

  static VerifiedRequest transfer(String requestId, String from, String to, long amount) {
    return transfers(requestId, List.of(item(from, to, amount)));
  }

  static VerifiedRequest transfers(String requestId, List<Transfer> items) {
    return signed(new Transfers(requestId, items));
  }

  static Transfer item(String from, String to, long amount) {
    return new Transfer.Quantity(ASSET_TYPE, from, to, BigInteger.valueOf(amount));
  }

  static VerifiedRequest signed(LedgerRequest request) {
    return signed(request, SIGNATORY);
  }

  private static VerifiedRequest signed(LedgerRequest request, Signatory signatory) {
    byte[] body = RequestWriter.write(request, PropertyOrder.JAVA_SDK);
    SignatureEntry authorisation = signatory.sign(body);
    SignatureEntry authentication =
        signatory.sign(RequestVerifier.joinedSignatures(List.of(authorisation)));
    return new VerifiedRequest(
        RequestParser.parse(body), List.of(authorisation), authentication, Map.of());
  }
}
