package org.zoneledger.kafka.config;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves Payara-style placeholders in configuration values, for containers that pass activation
 * or connection properties literally: {@code ${ENV=NAME}} (environment variable), {@code
 * ${SYSTEM=NAME}} (system property) and {@code ${MPCONFIG=name}} (MicroProfile Config, only if its
 * API is visible to the adapter). An unresolvable placeholder is left as it is, so validation then
 * reports the literal value.
 */
public final class Placeholders {

  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\$\\{(ENV|SYSTEM|MPCONFIG)=([^}]+)}");

  private final UnaryOperator<String> env;
  private final UnaryOperator<String> system;

  public Placeholders(UnaryOperator<String> env, UnaryOperator<String> system) {
    this.env = env;
    this.system = system;
  }

  public static Placeholders fromRuntime() {
    return new Placeholders(System::getenv, System::getProperty);
  }

  public String resolve(String value) {
    if (value == null || !value.contains("${")) {
      return value;
    }
    Matcher m = PLACEHOLDER.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(2).trim();
      String found =
          switch (m.group(1)) {
            case "ENV" -> env.apply(name);
            case "SYSTEM" -> system.apply(name);
            default -> microProfileConfig(name).orElse(null);
          };
      m.appendReplacement(out, Matcher.quoteReplacement(found != null ? found : m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static Optional<String> microProfileConfig(String name) {
    try {
      ClassLoader tccl = Thread.currentThread().getContextClassLoader();
      Class<?> provider =
          Class.forName("org.eclipse.microprofile.config.ConfigProvider", true, tccl);
      Object config = provider.getMethod("getConfig").invoke(null);
      Method getOptional =
          config.getClass().getMethod("getOptionalValue", String.class, Class.class);
      return ((Optional<?>) getOptional.invoke(config, name, String.class)).map(String::valueOf);
    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
      return Optional.empty();
    }
  }
}
