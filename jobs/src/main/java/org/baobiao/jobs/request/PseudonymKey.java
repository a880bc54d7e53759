package org.baobiao.jobs.request;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The server's key for pseudonyms, kept in the data folder ({@code request-pseudonym.key}, readable
 * by its owner only) and created on first use. It never leaves the server: nothing prints it, and a
 * pseudonym cannot be turned back into its value without it.
 */
final class PseudonymKey {
  static final String FILE = "request-pseudonym.key";
  private final byte[] key;

  /**
   * One keyed MAC per thread, initialised once: looking the algorithm up and initialising it for
   * every value cost most of a pseudonym's time (a delivery makes one or two per row).
   */
  private final ThreadLocal<Mac> macs;

  private PseudonymKey(byte[] key) {
    this.key = key;
    this.macs =
        ThreadLocal.withInitial(
            () -> {
              try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
                return mac;
              } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 unavailable", e);
              }
            });
  }

  /** The key in {@code dataDir}, created when there is none. */
  static PseudonymKey in(Path dataDir) {
    requireNonNull(dataDir, "dataDir is null");
    Path file = dataDir.resolve(FILE);
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(dataDir);
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        try {
          Files.write(
              file,
              Base64.getEncoder().encode(fresh),
              StandardOpenOption.CREATE_NEW,
              StandardOpenOption.WRITE);
          try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
          } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the data folder's own permissions protect it.
          }
        } catch (FileAlreadyExistsException raced) {
          // Another process created it first: use that one.
        }
      }
      String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
      return new PseudonymKey(Base64.getDecoder().decode(text));
    } catch (IOException e) {
      throw new UncheckedIOException("无法读取或创建假名密钥文件 " + file, e);
    }
  }

  /**
   * The pseudonym of {@code value} within request {@code requestNo}: the same value gives the same
   * pseudonym in one request and a different one in another, so deliveries cannot be linked with
   * each other.
   */
  String pseudonym(String requestNo, String value) {
    {
      Mac mac = macs.get();
      // doFinal leaves the MAC reset for the next value, with the same key.
      mac.update(requestNo.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      byte[] digest = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
      // Groups of four, so that a pseudonym never looks like a phone or identity number.
      String hex = HexFormat.of().withUpperCase().formatHex(digest, 0, 8);
      return "P"
          + hex.substring(0, 4)
          + "-"
          + hex.substring(4, 8)
          + "-"
          + hex.substring(8, 12)
          + "-"
          + hex.substring(12, 16);
    }
  }
}
