package org.zoneledger.client.broker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The classpath of the broker's JVM: the Kafka server jars with their dependencies, as resolved by
 * the build of this module and written next to this class (see client/pom.xml). The paths point
 * into the local Maven repository of the machine that built the jar.
 */
final class KafkaClasspath {

  static final List<String> RESOURCES =
      List.of("kafka-broker-provided.classpath", "kafka-broker-runtime.classpath");

  private KafkaClasspath() {}

  /** The classpath string for {@code java -cp}; fails if a listed jar is missing. */
  static String resolve() {
    List<String> entries = new ArrayList<>();
    for (String resource : RESOURCES) {
      entries.addAll(parse(read(resource)));
    }
    List<String> missing = entries.stream().filter(e -> !Files.exists(Path.of(e))).toList();
    if (!missing.isEmpty()) {
      throw new BrokerException(
          "the Kafka broker classpath names files that do not exist (was the client jar built on"
              + " another machine? rebuild it with 'mvn -pl client install'): "
              + missing);
    }
    return String.join(java.io.File.pathSeparator, entries);
  }

  static List<String> parse(String classpath) {
    return Arrays.stream(classpath.trim().split(java.io.File.pathSeparator))
        .map(String::trim)
        .filter(e -> !e.isEmpty())
        .toList();
  }

  private static String read(String resource) {
    try (InputStream in = KafkaClasspath.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new BrokerException(
            "resource " + resource + " is missing from the client jar; build it with Maven");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
