package org.baobiao.sample.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fictional staff of one hospital who report faults: a few people per department, each with a
 * mobile number or the department's landline. Generated from the run seed and the org code only, so
 * every month of a hospital sees the same people.
 */
public final class StaffRoster {

  private static final String[] SURNAMES =
      ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖"
              + "贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
          .split("");

  private static final String[] GIVEN =
      ("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力梅琳晓燕雪婷慧琴云海波宁鹏飞志宏欣怡嘉俊浩然子涵雨佳" + "思颖晨阳亮斌丹凤玲倩莉珊颖瑶").split("");

  private static final String[] MOBILE_PREFIXES = {
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153",
    "155", "156", "157", "158", "159", "180", "181", "182", "183", "185", "186", "187", "188",
    "189"
  };

  private final Map<String, List<Person>> byDepartment;

  private StaffRoster(Map<String, List<Person>> byDepartment) {
    this.byDepartment = byDepartment;
  }

  /** Generates the roster of {@code profile}'s departments. */
  public static StaffRoster generate(HospitalProfile profile, long seed) {
    Draws draws = new Draws(Draws.streamSeed(seed, profile.orgCode(), 0, 0x5747L));
    Map<String, List<Person>> byDepartment = new HashMap<>();
    for (String department : profile.departments()) {
      String deskPhone = landline(profile.landline(), draws);
      int size = draws.nextInt(2, 7);
      List<Person> people = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        String phone = draws.chance(0.65) ? mobile(draws) : deskPhone;
        people.add(new Person(name(draws), phone));
      }
      byDepartment.put(department, List.copyOf(people));
    }
    return new StaffRoster(byDepartment);
  }

  /** Someone from {@code department}. */
  public Person pick(String department, Draws draws) {
    List<Person> people = byDepartment.get(department);
    if (people == null) {
      throw new IllegalArgumentException("no staff for department " + department);
    }
    return people.get(draws.nextInt(people.size()));
  }

  private static String name(Draws draws) {
    String name = draws.pick(SURNAMES) + draws.pick(GIVEN);
    return draws.chance(0.7) ? name + draws.pick(GIVEN) : name;
  }

  private static String mobile(Draws draws) {
    StringBuilder phone = new StringBuilder(draws.pick(MOBILE_PREFIXES));
    for (int i = 0; i < 8; i++) {
      phone.append((char) ('0' + draws.nextInt(10)));
    }
    return phone.toString();
  }

  private static String landline(String pattern, Draws draws) {
    StringBuilder phone = new StringBuilder(pattern.length());
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      phone.append(c == '#' ? (char) ('0' + draws.nextInt(10)) : c);
    }
    return phone.toString();
  }
}
