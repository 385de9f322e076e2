package org.zoneledger.consensus.infrastructure.jpa;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.zoneledger.consensus.domain.EntityState;
import org.zoneledger.consensus.domain.ledger.AssetState;
import org.zoneledger.consensus.domain.ledger.AssetTypeState;
import org.zoneledger.consensus.domain.ledger.ClaimState;
import org.zoneledger.consensus.domain.ledger.IdentityState;
import org.zoneledger.consensus.domain.ledger.LedgerKey;
import org.zoneledger.consensus.domain.ledger.PermissionAction;
import org.zoneledger.consensus.domain.ledger.Permissions;
import org.zoneledger.consensus.domain.ledger.Role;
import org.zoneledger.consensus.domain.ledger.RoleMap;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.request.AssetKind;
import org.zoneledger.protocol.request.EntityRef;
import org.zoneledger.protocol.request.PublicCredentials;

/**
 * Reads the ledger states ({@code consensus.domain.ledger}) back from their canonical bytes: the
 * exact inverse of their {@code canonicalBytes()} (format version 1: version byte, state tag, then
 * the fields in declaration order). Lives here, next to its only user, because the ledger package
 * has no decoder; it belongs beside {@code StateEncoding} and should move there.
 */
public final class LedgerStateCodec implements StateCodec {
  private static final int VERSION = 1;

  @Override
  public EntityState decode(EntityKey key, byte[] canonicalBytes) {
    In in = new In(canonicalBytes);
    int version = in.u8();
    if (version != VERSION) {
      throw new IllegalStateException("state of " + key + " has format " + version);
    }
    EntityState state =
        switch (in.u8()) {
          case 1 -> identity(in);
          case 2 -> assetType(in);
          case 3 -> asset(in);
          case 4 -> claim(in);
          default -> throw new IllegalStateException("unknown state tag of " + key);
        };
    in.end();
    if (!state.key().equals(key)) {
      throw new IllegalStateException("stored state of " + key + " is for " + state.key());
    }
    return state;
  }

  private static IdentityState identity(In in) {
    String id = in.string();
    List<PublicCredentials> credentials =
        in.list(() -> new PublicCredentials(in.string(), in.string()));
    Set<String> delegates = new HashSet<>(in.list(in::string));
    Set<String> claims = new HashSet<>(in.list(in::string));
    Permissions permissions = permissions(in);
    return new IdentityState(id, credentials, delegates, claims, permissions, in.string());
  }

  private static AssetTypeState assetType(In in) {
    String id = in.string();
    String owner = in.string();
    AssetKind kind = AssetKind.values()[in.u8()];
    int scale = in.u32();
    Set<String> claims = new HashSet<>(in.list(in::string));
    return new AssetTypeState(id, owner, kind, scale, claims, permissions(in));
  }

  private static AssetState asset(In in) {
    String type = in.string();
    String id = in.string();
    String owner = in.string();
    java.util.Optional<BigInteger> balance =
        in.u8() == 1
            ? java.util.Optional.of(new BigInteger(in.bytes()))
            : java.util.Optional.empty();
    Set<String> claims = new HashSet<>(in.list(in::string));
    return new AssetState(type, id, owner, balance, claims, permissions(in));
  }

  private static ClaimState claim(In in) {
    LedgerKey subjectKey = LedgerKey.parse(new EntityKey(in.string()));
    EntityRef subject;
    if (subjectKey instanceof LedgerKey.IdentityKey k) {
      subject = EntityRef.identity(k.identityId());
    } else if (subjectKey instanceof LedgerKey.AssetTypeKey k) {
      subject = EntityRef.assetType(k.assetTypeId());
    } else if (subjectKey instanceof LedgerKey.AssetKey k) {
      subject = EntityRef.asset(k.assetTypeId(), k.assetId());
    } else {
      throw new IllegalStateException("a claim on a claim");
    }
    String hash = in.string();
    String delegate = in.nullable();
    Map<String, ClaimState.StoredEndorsement> endorsements = new TreeMap<>();
    for (int i = in.u32(); i > 0; i--) {
      String endorser = in.string();
      endorsements.put(endorser, new ClaimState.StoredEndorsement(in.string(), in.nullable()));
    }
    return new ClaimState(subject, hash, delegate, endorsements);
  }

  private static Permissions permissions(In in) {
    Map<PermissionAction, RoleMap> maps = new EnumMap<>(PermissionAction.class);
    for (int i = in.u32(); i > 0; i--) {
      PermissionAction action = PermissionAction.values()[in.u8()];
      Map<Role, Boolean> grants = new EnumMap<>(Role.class);
      for (int j = in.u32(); j > 0; j--) {
        Role role = Role.values()[in.u8()];
        grants.put(role, in.u8() == 1);
      }
      maps.put(action, new RoleMap(grants));
    }
    return new Permissions(maps);
  }

  /** The reading side of {@code CanonicalWriter} without a message header. */
  private static final class In {
    private final ByteBuffer buffer;

    In(byte[] bytes) {
      this.buffer = ByteBuffer.wrap(bytes);
    }

    int u8() {
      return buffer.get() & 0xff;
    }

    int u32() {
      return buffer.getInt();
    }

    byte[] bytes() {
      byte[] value = new byte[u32()];
      buffer.get(value);
      return value;
    }

    String string() {
      return new String(bytes(), StandardCharsets.UTF_8);
    }

    String nullable() {
      return u8() == 1 ? string() : null;
    }

    <T> List<T> list(Supplier<T> element) {
      List<T> values = new ArrayList<>();
      for (int i = u32(); i > 0; i--) {
        values.add(element.get());
      }
      return values;
    }

    void end() {
      if (buffer.hasRemaining()) {
        throw new IllegalStateException(buffer.remaining() + " trailing bytes in a stored state");
      }
    }
  }
}
