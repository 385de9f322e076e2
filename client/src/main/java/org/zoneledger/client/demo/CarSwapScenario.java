package org.zoneledger.client.demo;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.zoneledger.client.ClientIdentity;
import org.zoneledger.client.CommandBuilder;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.request.AddQuantity;
import org.zoneledger.protocol.request.AssetKind;
import org.zoneledger.protocol.request.EntityRef;
import org.zoneledger.protocol.request.Transfer;

/**
 * The demo's story as signed requests, built and signed by the client library alone (nothing here
 * talks to a node):
 *
 * <ol>
 *   <li>four identities issue themselves: the vehicle registry (MVA), Alice, Bob and the EUR
 *       issuer;
 *   <li>the MVA defines the unique asset type {@code car}; the issuer defines {@code EUR},
 *       quantifiable with scale 2;
 *   <li>Alice creates her car and a claim on it; the MVA endorses the claim;
 *   <li>Alice and Bob open EUR accounts at 0.00; the issuer mints 12,500.00 EUR into Bob's account
 *       ({@code AddQuantityRequest}: the account owner and, by the type's default {@code
 *       instances.addQuantity}, the type owner authorise — only the issuer creates money);
 *   <li>Alice and Bob swap the car for 12,500.00 EUR in one {@code TransfersRequest}: the car Alice
 *       → Bob and 1,250,000 minor units Bob → Alice, authorised by both owners, atomic.
 * </ol>
 *
 * Every id carries a run tag ({@code car.<tag>}, {@code alice.<tag>}, …) so the demo runs again
 * against a zone that keeps its state.
 */
public final class CarSwapScenario {

  /** The price: 12,500.00 EUR in minor units (scale 2). */
  public static final BigInteger PRICE = BigInteger.valueOf(1_250_000);

  public static final int EUR_SCALE = 2;
  public static final String VIN = "WVWZZZ1KZ6W612345";
  public static final String CLAIM = "first-registration:2021-05-14";

  private final String tag;
  private final ClientIdentity mva;
  private final ClientIdentity alice;
  private final ClientIdentity bob;
  private final ClientIdentity issuer;
  private final List<DemoStep> steps;

  public CarSwapScenario(String tag) {
    this.tag = tag;
    this.mva = ClientIdentity.generate("mva." + tag, SignatureAlgorithm.P256_SHA256);
    this.alice = ClientIdentity.generate("alice." + tag, SignatureAlgorithm.P256_SHA256);
    this.bob = ClientIdentity.generate("bob." + tag, SignatureAlgorithm.P256_SHA256);
    this.issuer = ClientIdentity.generate("eur-issuer." + tag, SignatureAlgorithm.P256_SHA256);
    this.steps = build(new CommandBuilder());
  }

  /** A scenario with a fresh random tag. */
  public static CarSwapScenario fresh() {
    return new CarSwapScenario(UUID.randomUUID().toString().substring(0, 6));
  }

  public String tag() {
    return tag;
  }

  public List<DemoStep> steps() {
    return steps;
  }

  public String carType() {
    return "car." + tag;
  }

  public String eurType() {
    return "EUR." + tag;
  }

  /** The asset id of each party's EUR account: the party's name. */
  public static String account(String party) {
    return party;
  }

  public ClientIdentity mva() {
    return mva;
  }

  public ClientIdentity alice() {
    return alice;
  }

  public ClientIdentity bob() {
    return bob;
  }

  public ClientIdentity issuer() {
    return issuer;
  }

  /** Minor units as EUR text: 1250000 → "12,500.00". */
  public static String eur(BigInteger minorUnits) {
    return String.format(Locale.ROOT, "%,.2f", new BigDecimal(minorUnits, EUR_SCALE));
  }

  private List<DemoStep> build(CommandBuilder commands) {
    EntityRef car = EntityRef.asset(carType(), VIN);
    List<DemoStep> list = new ArrayList<>();
    list.add(step("the MVA (vehicle registry) issues its identity", commands.issueIdentity(mva)));
    list.add(step("Alice issues her identity", commands.issueIdentity(alice)));
    list.add(step("Bob issues his identity", commands.issueIdentity(bob)));
    list.add(step("the EUR issuer issues its identity", commands.issueIdentity(issuer)));
    list.add(
        step(
            "the MVA defines the unique asset type " + carType(),
            commands.defineAssetType(mva.signatory(), carType(), AssetKind.UNIQUE, 0)));
    list.add(
        step(
            "the issuer defines " + eurType() + " (quantifiable, scale " + EUR_SCALE + ")",
            commands.defineAssetType(
                issuer.signatory(), eurType(), AssetKind.QUANTIFIABLE, EUR_SCALE)));
    list.add(
        step(
            "Alice creates her car " + VIN,
            commands.createAsset(alice.signatory(), carType(), VIN, null)));
    list.add(
        step(
            "Alice claims \"" + CLAIM + "\" on her car",
            commands.createClaims(alice.signatory(), car, List.of(CLAIM))));
    list.add(
        step(
            "the MVA endorses Alice's claim",
            commands.createEndorsements(mva.signatory(), null, car, List.of(CLAIM))));
    list.add(
        step(
            "Alice opens a EUR account (0.00)",
            commands.createAsset(alice.signatory(), eurType(), account("alice"), BigInteger.ZERO)));
    list.add(
        step(
            "Bob opens a EUR account (0.00)",
            commands.createAsset(bob.signatory(), eurType(), account("bob"), BigInteger.ZERO)));
    list.add(
        step(
            "the issuer mints " + eur(PRICE) + " EUR into Bob's account (Bob and issuer sign)",
            commands.sign(
                new AddQuantity(UUID.randomUUID().toString(), account("bob"), eurType(), PRICE),
                List.of(bob.signatory(), issuer.signatory()),
                null)));
    list.add(
        step(
            "Alice and Bob swap the car for " + eur(PRICE) + " EUR (one request, both sign)",
            commands.transfers(
                List.of(alice.signatory(), bob.signatory()),
                List.of(
                    new Transfer.Ownership(carType(), VIN, alice.identityId(), bob.identityId()),
                    new Transfer.Quantity(eurType(), account("bob"), account("alice"), PRICE)))));
    return List.copyOf(list);
  }

  private static DemoStep step(String title, org.zoneledger.protocol.auth.SignedPut put) {
    return new DemoStep(title, put);
  }
}
