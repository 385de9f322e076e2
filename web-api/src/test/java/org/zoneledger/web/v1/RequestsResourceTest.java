package org.zoneledger.web.v1;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.zoneledger.consensus.application.NodeContext;
import org.zoneledger.consensus.application.command.Admission;
import org.zoneledger.consensus.application.command.CommandResult;
import org.zoneledger.consensus.application.command.CommandService;
import org.zoneledger.protocol.auth.Iov42Headers;
import org.zoneledger.protocol.message.Bytes;

/**
 * The PUT's way through the {@link CommandDoor}, with the container's beans replaced by fakes: a
 * place is taken before anything is admitted, held until this node has the outcome, and a PUT that
 * gets none within its wait is answered 503 without being admitted.
 */
class RequestsResourceTest {

  private static final Bytes DIGEST = Bytes.of(new byte[32]);

  private final AtomicLong now = new AtomicLong();
  private final AdmissionGate gate = new AdmissionGate(1, Runnable::run, now::get);
  private final FakeCommands commands = new FakeCommands();
  private final FakeWaiters waiters = new FakeWaiters();
  private final RequestsResource resource = new RequestsResource();
  private final List<Object> answers = new ArrayList<>();

  RequestsResourceTest() throws Exception {
    set("node", new EnabledNode());
    set("commands", commands);
    set("waiters", waiters);
    set("door", new FixedDoor(gate));
  }

  @Test
  void aPutThatGetsNoPlaceWithinTheDoorsWaitIsAnswered503AndNothingIsAdmitted() {
    gate.enter(Long.MAX_VALUE, permit -> {}, () -> {});

    put("req-1");
    assertThat(answers).isEmpty();
    now.addAndGet(TimeUnit.MILLISECONDS.toNanos(RequestsResource.DEFAULT_DOOR_WAIT_MS - 1));
    gate.expire();
    assertThat(answers).isEmpty();
    now.addAndGet(TimeUnit.MILLISECONDS.toNanos(1));
    gate.expire();

    assertThat(answers).singleElement().extracting(a -> ((Response) a).getStatus()).isEqualTo(503);
    assertThat(((Response) answers.get(0)).getEntity().toString())
        .contains("\"errorCode\":1002")
        .contains("\"requestIdReusable\":true");
    assertThat(commands.admitted).isEmpty();
  }

  @Test
  void aPutAnsweredWithA303KeepsItsPlaceUntilThisNodeHasTheOutcome() {
    commands.next = new Admission.Accepted("req-1", DIGEST, true);

    put("req-1");
    waiters.calls.get(0).timedOut().accept(new CommandResult.Pending("req-1"));

    assertThat(((Response) answers.get(0)).getStatus()).isEqualTo(303);
    assertThat(gate.inFlight()).isEqualTo(1);
    waiters.calls.get(1).done().accept(new CommandResult.Committed("req-1", List.of("r")));
    assertThat(gate.inFlight()).isZero();
  }

  @Test
  void theWaitAtTheDoorCountsAgainstThePutsWait() {
    AdmissionGate.Permit[] first = new AdmissionGate.Permit[1];
    gate.enter(Long.MAX_VALUE, permit -> first[0] = permit, () -> {});
    commands.next = new Admission.Accepted("req-1", DIGEST, true);

    put("req-1");
    now.addAndGet(TimeUnit.SECONDS.toNanos(10));
    first[0].release();

    assertThat(commands.admitted).containsExactly("req-1");
    assertThat(waiters.calls.get(0).budget())
        .isEqualTo(Duration.ofMillis(RequestsResource.DEFAULT_PUT_WAIT_MS - 10_000));
  }

  @Test
  void aStatusPollOfARequestAlreadySequencedTakesNoPlace() {
    commands.next = new Admission.Accepted("req-1", DIGEST, false);

    put("req-1");

    assertThat(gate.inFlight()).isZero();
    assertThat(answers).isEmpty();
  }

  @Test
  void aRefusedPutGivesItsPlaceBack() {
    commands.next =
        new Admission.Refused(
            CommandResult.Failed.refused(
                "req-1",
                new org.zoneledger.consensus.application.command.CommandError(
                    400, 2503, "Authorisation", "bad signature")),
            false);

    put("req-1");

    assertThat(((Response) answers.get(0)).getStatus()).isEqualTo(400);
    assertThat(gate.inFlight()).isZero();
  }

  @Test
  void aStatusGetOfARequestAlreadyDecidedIsAnsweredAtOnceWithoutWaiting() {
    waiters.now = Optional.of(new CommandResult.Unknown("req-9"));
    resource.status("req-9", response());
    assertThat(waiters.calls).isEmpty();
    assertThat(answers).singleElement().extracting(a -> ((Response) a).getStatus()).isEqualTo(404);
  }

  @Test
  void aStatusGetOfARequestStillPendingWaitsForItsOutcome() {
    resource.status("req-10", response());
    assertThat(answers).isEmpty();
    assertThat(waiters.calls).singleElement().extracting(Await::requestId).isEqualTo("req-10");
  }

  private void put(String id) {
    resource.put(id, new byte[] {'{', '}'}, headers(), response());
  }

  private void set(String field, Object value) throws Exception {
    Field f = RequestsResource.class.getDeclaredField(field);
    f.setAccessible(true);
    f.set(resource, value);
  }

  private AsyncResponse response() {
    return (AsyncResponse)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {AsyncResponse.class},
            (proxy, method, args) -> {
              if (method.getName().equals("resume")) {
                answers.add(args[0]);
                return true;
              }
              return method.getReturnType() == boolean.class ? false : null;
            });
  }

  private static HttpHeaders headers() {
    return (HttpHeaders)
        Proxy.newProxyInstance(
            RequestsResourceTest.class.getClassLoader(),
            new Class<?>[] {HttpHeaders.class},
            (proxy, method, args) -> null);
  }

  private static final class EnabledNode extends NodeContext {
    @Override
    public boolean enabled() {
      return true;
    }
  }

  private static final class FixedDoor extends CommandDoor {
    private final AdmissionGate gate;

    FixedDoor(AdmissionGate gate) {
      this.gate = gate;
    }

    @Override
    public AdmissionGate gate() {
      return gate;
    }
  }

  private static final class FakeCommands extends CommandService {
    final List<String> admitted = new ArrayList<>();
    Admission next;

    @Override
    public Admission admit(String pathRequestId, byte[] body, Iov42Headers headers) {
      admitted.add(pathRequestId);
      return next;
    }
  }

  private record Await(
      String requestId,
      Duration budget,
      Consumer<CommandResult> done,
      Consumer<CommandResult> timedOut) {}

  private static final class FakeWaiters extends OutcomeWaiters {
    final List<Await> calls = new ArrayList<>();
    Optional<CommandResult> now = Optional.empty();

    @Override
    public Optional<CommandResult> finalNow(
        String requestId, Optional<Bytes> bodyDigest, boolean unknownIsFinal) {
      return now;
    }

    @Override
    public void await(
        String requestId,
        Optional<Bytes> bodyDigest,
        boolean unknownIsFinal,
        Duration wait,
        Consumer<CommandResult> done,
        Consumer<CommandResult> timedOut) {
      calls.add(new Await(requestId, wait, done, timedOut));
    }
  }
}
