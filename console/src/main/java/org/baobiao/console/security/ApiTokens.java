package org.baobiao.console.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import org.baobiao.console.store.ApiToken;
import org.baobiao.console.store.ConsoleStore;
import org.springframework.stereotype.Component;

/**
 * Personal access tokens: {@code bbt_} and 40 random letters and digits, shown once when created
 * and stored only as their SHA-256 hash, so that a copy of the console's database does not give
 * access. A token acts as its user, with the user's role and hospital grants.
 */
@Component
public class ApiTokens {
  static final String PREFIX = "bbt_";
  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final int LENGTH = 40;

  private final ConsoleStore store;
  private final SecureRandom random = new SecureRandom();

  public ApiTokens(ConsoleStore store) {
    this.store = store;
  }

  /**
   * Creates a token for the user.
   *
   * @param days how long it works, or null for no expiry
   * @return the token, to be shown once
   */
  public String create(String username, String name, Integer days) {
    StringBuilder b = new StringBuilder(PREFIX);
    for (int i = 0; i < LENGTH; i++) {
      b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    String token = b.toString();
    OffsetDateTime expires = days == null ? null : store.currentTime().plusDays(days);
    store.addToken(username, name, hash(token), token.substring(0, PREFIX.length() + 6), expires);
    return token;
  }

  /** The usable token for this secret, if any; marks it used. */
  public Optional<ApiToken> authenticate(String token) {
    if (token == null || !token.startsWith(PREFIX)) {
      return Optional.empty();
    }
    Optional<ApiToken> t =
        store.tokenByHash(hash(token)).filter(x -> x.usableAt(store.currentTime()));
    t.ifPresent(x -> store.tokenUsed(x.id()));
    return t;
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
