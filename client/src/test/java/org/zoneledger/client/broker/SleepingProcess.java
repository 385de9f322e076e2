package org.zoneledger.client.broker;

/** A child process for PID-file tests: sleeps until it is signalled (or a minute has passed). */
public final class SleepingProcess {

  private SleepingProcess() {}

  public static void main(String[] args) throws InterruptedException {
    Thread.sleep(60_000);
  }

  /** Starts a JVM running this class with the given JVM options before the classpath. */
  static Process start(String... jvmOptions) throws java.io.IOException {
    var command = new java.util.ArrayList<String>();
    command.add(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(java.util.List.of(jvmOptions));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(SleepingProcess.class.getName());
    return new ProcessBuilder(command).inheritIO().start();
  }
}
