package org.baobiao.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Runs a class of this application in a new JVM, for the scenarios that need their own heap limit
 * or measure a process from start to exit: from the benchmark's executable jar as {@code java -jar
 * baobiao-bench-exec.jar} runs (Spring Boot's launcher, {@code -Dloader.main} naming the class), or
 * with this JVM's class path when it runs from classes (tests).
 */
final class ChildJvm {
  private static final List<String> OPTIONS =
      List.of(
          "-Dfile.encoding=UTF-8",
          "-Dsun.stdout.encoding=UTF-8",
          "-Duser.timezone=Asia/Shanghai",
          "-Djava.awt.headless=true");

  private static final String MAIN = "org.baobiao.jobs.cli.Main";

  private ChildJvm() {}

  /** The {@code java} of this JVM. */
  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /**
   * The executable jar (Spring Boot's launcher) this JVM runs from, or null when it runs from
   * classes or from a plain jar (a test runner's manifest-only jar).
   */
  static Path executableJar() {
    String cp = System.getProperty("java.class.path");
    if (cp.contains(File.pathSeparator) || !cp.endsWith(".jar")) {
      return null;
    }
    try (JarFile jar = new JarFile(cp)) {
      Manifest manifest = jar.getManifest();
      String main = manifest == null ? null : manifest.getMainAttributes().getValue("Main-Class");
      return main != null && main.startsWith("org.springframework.boot.loader")
          ? Path.of(cp).toAbsolutePath()
          : null;
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * The command that runs {@code mainClass} with {@code args} in a new JVM.
   *
   * @param jvmOptions e.g. {@code -Xmx256m}
   */
  static List<String> command(List<String> jvmOptions, String mainClass, List<String> args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(java());
    cmd.addAll(jvmOptions);
    cmd.addAll(OPTIONS);
    Path jar = executableJar();
    if (jar != null) {
      cmd.add("-Dloader.main=" + mainClass);
      cmd.add("-jar");
      cmd.add(jar.toString());
    } else {
      cmd.add("-cp");
      cmd.add(System.getProperty("java.class.path"));
      cmd.add(mainClass);
    }
    cmd.addAll(args);
    return cmd;
  }

  /**
   * The command that runs the application itself with {@code args}, as {@code ./baobiao} does:
   * {@code java -jar jobs/target/baobiao-exec.jar ...} (the product jar beside the benchmark's, in
   * the same project), the product's main class from the benchmark's jar when that is missing, or
   * the main class from classes.
   */
  static List<String> application(List<String> args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(java());
    cmd.addAll(OPTIONS);
    Path jar = executableJar();
    Path product = jar == null ? null : productJar(jar);
    if (product != null) {
      cmd.add("-jar");
      cmd.add(product.toString());
    } else if (jar != null) {
      cmd.add("-Dloader.main=" + MAIN);
      cmd.add("-jar");
      cmd.add(jar.toString());
    } else {
      cmd.add("-cp");
      cmd.add(System.getProperty("java.class.path"));
      cmd.add(MAIN);
    }
    cmd.addAll(args);
    return cmd;
  }

  /**
   * The product's executable jar of the project {@code benchJar} belongs to ({@code
   * bench/target/x.jar} → {@code jobs/target/baobiao-exec.jar}), or null when there is none.
   */
  static Path productJar(Path benchJar) {
    Path target = benchJar.toAbsolutePath().getParent();
    Path module = target == null ? null : target.getParent();
    Path project = module == null ? null : module.getParent();
    if (project == null) {
      return null;
    }
    Path product = project.resolve("jobs/target/baobiao-exec.jar");
    return Files.isRegularFile(product) ? product : null;
  }

  /**
   * A finished process.
   *
   * @param exitCode its exit code
   * @param output what it printed (standard output and error)
   * @param seconds wall time from start to exit
   */
  record Exit(int exitCode, String output, double seconds) {}

  /** Runs a command to its end, its output in a file under {@code dir}; fails past the timeout. */
  static Exit run(List<String> command, Path dir, long timeoutSeconds) throws Exception {
    Files.createDirectories(dir);
    Path log = Files.createTempFile(dir, "child-", ".log");
    long start = System.nanoTime();
    Process p =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException(
          "子进程超过 " + timeoutSeconds + " 秒未结束: " + String.join(" ", command));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    String output = Files.readString(log, StandardCharsets.UTF_8);
    Files.delete(log);
    return new Exit(p.exitValue(), output, seconds);
  }

  /** Runs a command that must exit 0; its output otherwise in the exception. */
  static Exit runOk(List<String> command, Path dir, long timeoutSeconds) throws Exception {
    Exit e = run(command, dir, timeoutSeconds);
    if (e.exitCode() != 0) {
      throw new IOException(
          "子进程退出码 " + e.exitCode() + ": " + String.join(" ", command) + "\n" + e.output());
    }
    return e;
  }
}
