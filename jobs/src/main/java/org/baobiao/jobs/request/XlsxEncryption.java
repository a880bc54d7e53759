package org.baobiao.jobs.request;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Encrypts a delivered workbook with Office's agile encryption (AES, what Excel itself writes for
 * "encrypt with password"), with a password generated here and shown once: Baobiao keeps no copy.
 */
final class XlsxEncryption {
  // No 0/O, 1/l/I: the password is read off a screen and typed.
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private XlsxEncryption() {}

  /** A new 16-character password. */
  static String newPassword() {
    StringBuilder b = new StringBuilder(16);
    for (int i = 0; i < 16; i++) {
      b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }

  /** Replaces {@code file} by its encrypted form. */
  static void encrypt(Path file, String password) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".enc.tmp");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword(password);
      try (InputStream in = Files.newInputStream(file);
          OutputStream os = encryptor.getDataStream(fs)) {
        in.transferTo(os);
      } catch (GeneralSecurityException e) {
        throw new IOException("无法加密 " + file + "：" + e.getMessage(), e);
      }
      try (OutputStream out = Files.newOutputStream(tmp)) {
        fs.writeFilesystem(out);
      }
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
