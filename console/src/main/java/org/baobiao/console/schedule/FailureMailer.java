package org.baobiao.console.schedule;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Supplier;
import org.baobiao.console.ConsoleOptions;
import org.baobiao.console.store.RunRecord;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Mails a schedule's recipients when its execution failed for good (after its retries), through the
 * SMTP server of {@code --smtp-host} or {@code spring.mail.host}; without one, nothing is sent and
 * the failure shows only in the console and in {@code baobiao status}.
 */
@Component
public class FailureMailer {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private final Supplier<JavaMailSender> sender;
  private final String from;

  /** The server's: the mail sender Spring Boot makes when {@code spring.mail.host} is set. */
  @Autowired
  public FailureMailer(ObjectProvider<JavaMailSender> sender, ConsoleOptions options) {
    this.sender = sender::getIfAvailable;
    this.from = options.mailFrom() != null ? options.mailFrom() : "baobiao@" + hostName();
  }

  /** The command line's: a sender on {@code --smtp-host}, or none. */
  public FailureMailer(ConsoleOptions options) {
    JavaMailSenderImpl impl = null;
    if (options.smtpHost() != null) {
      impl = new JavaMailSenderImpl();
      impl.setHost(options.smtpHost());
      impl.setPort(options.smtpPort());
      impl.setDefaultEncoding("UTF-8");
    }
    JavaMailSender fixed = impl;
    this.sender = () -> fixed;
    this.from = options.mailFrom() != null ? options.mailFrom() : "baobiao@" + hostName();
  }

  /** Whether a mail server is configured. */
  public boolean configured() {
    return sender.get() != null;
  }

  /**
   * Sends the failure mail.
   *
   * @return empty when sent, else why not (no server, no recipients, the server's refusal)
   */
  public Optional<String> send(Schedule s, String title, RunRecord last, int attempts) {
    JavaMailSender mail = sender.get();
    if (mail == null) {
      return Optional.of("未配置邮件服务器（--smtp-host）");
    }
    if (s.recipients().isEmpty()) {
      return Optional.of("定时任务没有收件人");
    }
    SimpleMailMessage m = new SimpleMailMessage();
    m.setFrom(from);
    m.setTo(s.recipients().toArray(String[]::new));
    m.setSubject("【报表定时任务失败】" + title + "（" + s.period().label() + " " + last.period() + "）");
    m.setText(
        "定时任务 #"
            + s.id()
            + " 运行失败，已尝试 "
            + attempts
            + " 次。\n\n"
            + "报表："
            + title
            + "（"
            + s.reportId()
            + "）\n"
            + "医院："
            + (s.hospital() == null ? "全部已加载的医院" : s.hospital())
            + "\n"
            + "统计期间："
            + s.period().label()
            + "（"
            + last.period()
            + "）\n"
            + "Cron："
            + s.cron()
            + "（Asia/Shanghai）\n"
            + "最后一次运行：#"
            + last.id()
            + "，开始于 "
            + TIME.format(last.startedAt())
            + "\n"
            + "失败原因："
            + last.message()
            + "\n\n"
            + "请在控制台的“定时任务”页查看，修正后可点“立即运行”重新生成。\n"
            + "—— 报表控制台（baobiao serve）自动发送，请勿回复");
    try {
      mail.send(m);
      return Optional.empty();
    } catch (MailException e) {
      return Optional.of("邮件发送失败：" + e.getMessage());
    }
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}
