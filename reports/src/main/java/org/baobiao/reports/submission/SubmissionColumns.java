package org.baobiao.reports.submission;

import java.util.Optional;
import java.util.Set;
import org.baobiao.spec.personal.PersonalData;

/**
 * One kind of record an upload layout may upload (a front page, a birth, a pregnancy registration):
 * its table, the parts its fields may read, the columns of each part and the personal data among
 * them. The domain that owns the tables provides it (for front pages, the medrec file kinds; for
 * MCH records, the mch file kinds), so a layout naming a column that does not exist is refused with
 * its file and line, and a personal column is masked even where a layout forgot to say {@code
 * personal: true}.
 */
public interface SubmissionColumns {

  /** The table of the records, as a layout's {@code record:} names it, e.g. {@code mch_births}. */
  String record();

  /** What users call these records, e.g. 病案首页 or 分娩及出生, for messages. */
  String title();

  /** The parts a layout's fields may read: always {@link UploadLayout.Part#RECORD}. */
  Set<UploadLayout.Part> parts();

  /** Whether {@code column} is a column of {@code part}'s table. */
  boolean has(UploadLayout.Part part, String column);

  /** The class of personal data {@code column} of {@code part} holds, if any. */
  Optional<PersonalData> personal(UploadLayout.Part part, String column);
}
