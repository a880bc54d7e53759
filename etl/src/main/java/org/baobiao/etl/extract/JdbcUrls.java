package org.baobiao.etl.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Credentials written into a JDBC URL, in any of the forms drivers accept: {@code
 * //user:password@host} (MariaDB, MySQL, PostgreSQL, with or without a sub-protocol such as {@code
 * jdbc:mariadb:sequential:}), Oracle's thin {@code user/password@host}, and properties in the URL
 * ({@code ?password=}, {@code &user=}, {@code ;password=}, MySQL's {@code (user=…,password=…)}). A
 * definition must give none of them: the user goes in {@code connection.user} and the password
 * comes from the environment or a file.
 */
final class JdbcUrls {
  /** {@code user[:password]@} in the authority after {@code //}. */
  private static final Pattern USER_INFO = Pattern.compile("(?i)^(jdbc:[^/]*//)[^/?#;@]*@");

  /** Oracle thin: {@code jdbc:oracle:thin:user/password@…} (the bare {@code thin:@…} is fine). */
  private static final Pattern ORACLE =
      Pattern.compile(
          "(?i)^(jdbc:oracle:[a-z0-9]+:)[^@/]*/[^@]*@|^(jdbc:oracle:[a-z0-9]+:)[^@/]+@");

  /** A user or password property written into the URL. */
  private static final Pattern PROPERTY =
      Pattern.compile(
          "(?i)([?&;(,]\\s*)(password|passwd|pwd|user|username|uid)(\\s*=\\s*)[^&;),]*");

  private JdbcUrls() {}

  /** Whether the URL holds a user name or a password in any form. */
  static boolean hasCredentials(String url) {
    return USER_INFO.matcher(url).find()
        || ORACLE.matcher(url).find()
        || PROPERTY.matcher(url).find();
  }

  /** The URL with every user name and password replaced by {@code ***}, fit to print. */
  static String redact(String url) {
    String r = USER_INFO.matcher(url).replaceFirst("$1***@");
    if (url.toLowerCase(Locale.ROOT).startsWith("jdbc:oracle:")) {
      java.util.regex.Matcher m = ORACLE.matcher(r);
      if (m.find()) {
        String prefix = m.group(1) != null ? m.group(1) : m.group(2);
        r = prefix + "***@" + r.substring(m.end());
      }
    }
    return PROPERTY.matcher(r).replaceAll("$1$2$3***");
  }
}
