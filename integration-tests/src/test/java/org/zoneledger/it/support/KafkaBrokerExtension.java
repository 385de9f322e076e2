package org.zoneledger.it.support;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one real Kafka broker for the whole test run (this JVM), however many test classes use
 * it, and stops it when the run ends. Data lives in {@code target/kafka-it/run-<pid>/shared}
 * (base folder: system property {@code kafka.it.dir}), fresh for every run, so runs in parallel
 * in one tree do not meet; ports are picked free. Folders of finished runs are cleared.
 *
 * <p>Tests get at it with a {@link TestKafka} parameter, or {@link #bootstrapServers()}.
 *
 * <pre>{@code
 * @ExtendWith(KafkaBrokerExtension.class)
 * class SomethingIT {
 *   @Test
 *   void recordsArrive(TestKafka kafka) {
 *     String topic = kafka.createTopic("in", 12);
 *     ...
 * }</pre>
 */
public final class KafkaBrokerExtension implements BeforeAllCallback, ParameterResolver {

  public static final String DIR_PROPERTY = "kafka.it.dir";
  private static final Namespace NAMESPACE = Namespace.create(KafkaBrokerExtension.class);

  private static volatile String bootstrapServers;
  private static final RunFolders FOLDERS =
      new RunFolders(Path.of(System.getProperty(DIR_PROPERTY, "target/kafka-it")));

  /** The running broker's {@code host:port}; only valid in tests using this extension. */
  public static String bootstrapServers() {
    String current = bootstrapServers;
    if (current == null) {
      throw new IllegalStateException(
          "no Kafka broker: annotate the test class with @ExtendWith(KafkaBrokerExtension.class)");
    }
    return current;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    shared(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == TestKafka.class;
  }

  @Override
  public TestKafka resolveParameter(ParameterContext parameter, ExtensionContext context) {
    String testName =
        context
            .getTestMethod()
            .map(m -> m.getName())
            .orElse(context.getRequiredTestClass().getSimpleName());
    return new TestKafka(shared(context).broker().bootstrapServers(), testName);
  }

  private static SharedKafkaBroker shared(ExtensionContext context) {
    SharedKafkaBroker shared =
        context
            .getRoot()
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(
                SharedKafkaBroker.class,
                key -> {
                  FOLDERS.clearFinishedRuns();
                  return SharedKafkaBroker.start(FOLDERS.folder("shared"));
                },
                SharedKafkaBroker.class);
    bootstrapServers = shared.broker().bootstrapServers();
    return shared;
  }

  /**
   * A folder of this run for a test that needs a broker of its own (say, to restart it); empty
   * unless the test put something there earlier in the run.
   */
  public static Path folderOfThisRun(String name) {
    return FOLDERS.folder(name);
  }
}
