package org.baobiao.console.security;

import org.baobiao.console.account.Accounts;
import org.baobiao.console.store.ConsoleStore;
import org.baobiao.console.store.HospitalGrants;
import org.baobiao.console.store.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The first start: creates the administrator {@code admin}, with the password of the environment
 * variable {@code BAOBIAO_ADMIN_PASSWORD} or a random one printed once. Later starts do nothing.
 */
@Component
public class AdminBootstrap implements ApplicationRunner {
  /** The administrator's user name. */
  public static final String ADMIN = "admin";

  private final ConsoleStore store;
  private final PasswordEncoder encoder;
  private final String given;

  public AdminBootstrap(
      ConsoleStore store,
      PasswordEncoder encoder,
      @Value("${BAOBIAO_ADMIN_PASSWORD:}") String given) {
    this.store = store;
    this.encoder = encoder;
    this.given = given;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (store.hasUsers()) {
      return;
    }
    boolean random = given == null || given.isBlank();
    String password = random ? Accounts.oneTimePassword() : given;
    // A printed one-time password is replaced at the first sign-in; one from the environment is the
    // operator's own choice.
    try {
      store.addUser(ADMIN, encoder.encode(password), Role.ADMIN, random, HospitalGrants.EVERY);
    } catch (DuplicateKeyException e) {
      // Another server sharing the console database made it at the same moment: its password.
      return;
    }
    store.audit(null, "创建用户", ADMIN, "成功", "首次启动创建管理员", null);
    if (random) {
      System.out.println("首次启动：已创建管理员账号 admin，一次性密码（只显示这一次，首次登录后须修改）: " + password);
    } else {
      System.out.println("首次启动：已创建管理员账号 admin，密码取自环境变量 BAOBIAO_ADMIN_PASSWORD。");
    }
  }
}
