package org.zoneledger.protocol.proof;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.crypto.Signatures;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.Decision;
import org.zoneledger.protocol.message.EntityLink;
import org.zoneledger.protocol.message.NodeSignature;
import org.zoneledger.protocol.message.Vote;

/** Node signatures are deterministic ECDSA that any standard ECDSA verifier accepts. */
class NodeSignerTest {
  private static final byte[] DATA = "vote signing bytes".getBytes(UTF_8);
  private final TestZone zone = TestZone.of(3);
  private final NodeSigner signer = zone.signer(0);

  @Test
  void theSameKeyOverTheSameBytesGivesTheSameSignature() {
    assertThat(signer.raw(DATA)).isEqualTo(signer.raw(DATA));
    assertThat(signer.sign(DATA)).isEqualTo(signer.sign(DATA));
    assertThat(batchRoot(List.of(DATA, "other".getBytes(UTF_8))))
        .isEqualTo(batchRoot(List.of(DATA, "other".getBytes(UTF_8))));
    assertThat(signer.raw("other".getBytes(UTF_8))).isNotEqualTo(signer.raw(DATA));
    assertThat(zone.signer(1).raw(DATA)).isNotEqualTo(signer.raw(DATA));
  }

  @Test
  void nodeSignaturesVerifyWithTheJdkProvidersStandardEcdsa() throws Exception {
    Signature jdk = Signature.getInstance("SHA256withECDSA", "SunEC");
    jdk.initVerify(jdkKey(zone.membership.keyOf(signer.node()).orElseThrow()));
    jdk.update(DATA);

    assertThat(jdk.verify(signer.raw(DATA))).isTrue();
    assertThat(
            Signatures.verify(
                SignatureAlgorithm.P256_SHA256,
                zone.membership.keyOf(signer.node()).orElseThrow(),
                DATA,
                ((NodeSignature.Direct) signer.sign(DATA)).signature().toArray()))
        .isTrue();
  }

  @Test
  void twoVotesOfOneNodeOnTwoEntitiesOfOneRequestCarryIdenticalSeals() {
    EntityLink first = TestZone.link("asset:a", Optional.of(Bytes.of(new byte[32])));
    EntityLink second = TestZone.link("asset:b", Optional.empty());
    ProofDraft draft = zone.draft("r-seal", List.of(first, second));

    Vote onFirst = zone.vote(1, draft, first, Decision.COMMIT);
    Vote onSecond = zone.vote(1, draft, second, Decision.COMMIT);

    assertThat(onSecond.iov42Seal()).isEqualTo(onFirst.iov42Seal());
    assertThat(onSecond.signature()).isNotEqualTo(onFirst.signature());
    assertThat(zone.verifier().verify(zone.proof(draft, Decision.COMMIT), zone.clientKeys).valid())
        .isTrue();
  }

  private Bytes batchRoot(List<byte[]> items) {
    return ((NodeSignature.Batched) signer.signBatch(items).get(0)).rootSignature();
  }

  private static PublicKey jdkKey(PublicKey key) throws Exception {
    return KeyFactory.getInstance("EC", "SunEC")
        .generatePublic(new X509EncodedKeySpec(key.getEncoded()));
  }
}
