package org.baobiao.etl.mch;

import java.util.Map;
import org.baobiao.etl.load.CodeLists;

/**
 * The code lists of the birth-defect monitoring cards (出生缺陷儿登记卡) of the {@code mch} domain, as
 * docs/formats.md lists them.
 */
public final class BirthDefectCodes {
  private BirthDefectCodes() {}

  /**
   * 缺陷类别: the 23 categories of the national hospital-based birth-defect monitoring card, in the
   * card's order, and OTHER for any other defect (written out in {@code defect_text}). The report
   * birth-defects lists the same codes in the same order (reports/birth-defects/categories.sql).
   */
  public static final Map<String, String> CATEGORIES =
      CodeLists.of(
          "ANENCEPHALY", "无脑畸形",
          "SPINA_BIFIDA", "脊柱裂",
          "ENCEPHALOCELE", "脑膨出",
          "HYDROCEPHALUS", "先天性脑积水",
          "CLEFT_PALATE", "腭裂",
          "CLEFT_LIP", "唇裂",
          "CLEFT_LIP_PALATE", "唇裂合并腭裂",
          "MICROTIA", "小耳（包括无耳）",
          "EAR_OTHER", "外耳其他畸形（小耳、无耳除外）",
          "OESOPHAGEAL_ATRESIA", "食道闭锁或狭窄",
          "ANORECTAL_ATRESIA", "直肠肛门闭锁或狭窄（包括无肛）",
          "HYPOSPADIAS", "尿道下裂",
          "BLADDER_EXSTROPHY", "膀胱外翻",
          "CLUBFOOT", "马蹄内翻足",
          "POLYDACTYLY", "多指（趾）",
          "SYNDACTYLY", "并指（趾）",
          "LIMB_REDUCTION", "肢体短缩",
          "DIAPHRAGMATIC_HERNIA", "先天性膈疝",
          "OMPHALOCELE", "脐膨出",
          "GASTROSCHISIS", "腹裂",
          "CONJOINED_TWINS", "联体双胎",
          "DOWN_SYNDROME", "唐氏综合征（21-三体综合征）",
          "CHD", "先天性心脏病",
          "OTHER", "其他");

  /** 诊断依据 (several may be ticked). */
  public static final Map<String, String> DIAGNOSIS_BASES =
      CodeLists.of(
          "CLINICAL", "临床",
          "ULTRASOUND", "超声",
          "AUTOPSY", "尸解",
          "BIOCHEMICAL", "生化检查",
          "CHROMOSOME", "染色体",
          "OTHER", "其他");

  /**
   * 转归/结局 of the card's baby or fetus: live birth, stillbirth (死胎死产), or a termination of the
   * pregnancy after a defect was diagnosed (治疗性引产).
   */
  public static final Map<String, String> OUTCOMES =
      CodeLists.of("LIVE", "活产", "STILLBIRTH", "死胎死产", "TERMINATION", "治疗性引产");
}
