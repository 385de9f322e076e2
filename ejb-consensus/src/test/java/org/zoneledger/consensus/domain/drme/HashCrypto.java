package org.zoneledger.consensus.domain.drme;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zoneledger.protocol.crypto.Hashes;
import org.zoneledger.protocol.merkle.MerkleTree;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.message.NodeSignature;
import org.zoneledger.protocol.message.Proof;
import org.zoneledger.protocol.message.Vote;
import org.zoneledger.protocol.proof.VoteTally;

/**
 * A cheap stand-in for P-256 in large simulations: a node's "signature" is SHA-256 of its id and
 * the data, batches use real Merkle trees, and proofs are checked for the coordinator's signature,
 * every vote's signature and seal, and the tally. Client signatures are not checked. Only as strong
 * as the tests need: it catches wrong signers, altered messages and wrong majorities.
 */
final class HashCrypto implements NodeCrypto {
  private final NodeId node;

  HashCrypto(NodeId node) {
    this.node = node;
  }

  static Bytes mac(NodeId node, byte[] data) {
    return Bytes.of(Hashes.sha256(node.value().getBytes(StandardCharsets.UTF_8), data));
  }

  @Override
  public NodeId node() {
    return node;
  }

  @Override
  public NodeSignature sign(byte[] signingBytes) {
    return new NodeSignature.Direct(mac(node, signingBytes));
  }

  @Override
  public List<NodeSignature> signBatch(List<byte[]> items) {
    MerkleTree tree = MerkleTree.of(items);
    Bytes root = mac(node, tree.root());
    List<NodeSignature> signatures = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      signatures.add(new NodeSignature.Batched(root, tree.path(i)));
    }
    return signatures;
  }

  @Override
  public Bytes seal(byte[] text) {
    return mac(node, text);
  }

  /** The matching verifier for a zone of {@code members}. */
  record Verifier(List<NodeId> members) implements ZoneVerifier {
    @Override
    public boolean signedBy(NodeId signer, byte[] signingBytes, NodeSignature signature) {
      if (!members.contains(signer)) {
        return false;
      }
      if (signature instanceof NodeSignature.Direct direct) {
        return direct.signature().equals(mac(signer, signingBytes));
      }
      return signature instanceof NodeSignature.Batched batched
          && batched.rootSignature().equals(mac(signer, batched.path().rootFor(signingBytes)));
    }

    @Override
    public boolean voteValid(Vote vote, byte[] sealText) {
      return signedBy(vote.voter(), vote.signingBytes(), vote.signature())
          && vote.iov42Seal().equals(mac(vote.voter(), sealText));
    }

    @Override
    public List<String> proofProblems(Proof proof) {
      List<String> problems = new ArrayList<>();
      if (!signedBy(proof.coordinator(), proof.signingBytes(), proof.signature())) {
        problems.add("coordinator signature");
      }
      byte[] sealText = Vote.iov42SealText(proof.requestId(), proof.authorisationSignatures());
      proof.votes().stream()
          .filter(v -> !voteValid(v, sealText))
          .forEach(v -> problems.add("vote of " + v.voter()));
      if (!VoteTally.tally(members, proof.links(), proof.votes())
          .outcome()
          .equals(Optional.of(proof.outcome()))) {
        problems.add("tally");
      }
      return problems;
    }
  }
}
