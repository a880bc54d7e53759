package org.baobiao.jobs.medrec;

import org.baobiao.jobs.service.InvalidRequestException;

/**
 * An approved request to write personal data unmasked.
 *
 * @param reference the approval's reference number
 * @param approvedBy who approved it
 */
public record Approval(String reference, String approvedBy) {
  public Approval {
    if (reference == null || reference.isBlank() || approvedBy == null || approvedBy.isBlank()) {
      throw new InvalidRequestException("输出个人信息原值须给出已批准数据申请的批准编号与批准人");
    }
  }
}
